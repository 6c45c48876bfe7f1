// Pronoun subjects ("He met X", "..., where she visited Y", "It signed ..."): the named antecedent, or none when unclear.
import type { EntityType } from "../../../graph/types.js";
import type { Arg } from "./arguments.js";
import type { SentenceView } from "./types.js";
import { AUX, BE, DETS, isAdverb, isCapitalised, norm } from "./words.js";

const PERSONAL = new Set(["he", "she"]);
/** Nouns that, as "The group ...", stand for the armed group or organisation just named. */
const GROUP_NOUNS = new Set(["group", "outfit", "organisation", "organization", "militia"]);
const REPORTING = new Set(["said", "says", "say", "added", "announced", "stated", "told", "that"]);

/**
 * The antecedent of a he/she/it subject right before the verb at `at` (auxiliaries and adverbs may
 * sit between). undefined: no pronoun subject here. null: a pronoun subject whose antecedent is not
 * clear, so no other subject should be guessed.
 * he/she: the subject-like person earlier in the sentence, else the only person of the previous
 * sentence, else that sentence's opening person. it: the organisation the previous sentence opens with.
 */
export function pronounSubject(v: SentenceView, at: number): Arg | null | undefined {
  let i = at - 1;
  while (i > v.tokStart && (AUX.has(norm(v.doc.tokens[i]!)) || BE.has(norm(v.doc.tokens[i]!)) || isAdverb(v.doc.tokens[i]!))) i--;
  if (i < v.tokStart) return undefined;
  const p = norm(v.doc.tokens[i]!);
  // "The group also claimed ...": at the sentence start, the organisation the previous sentence opens with.
  if (GROUP_NOUNS.has(p) && i === v.tokStart + 1 && norm(v.doc.tokens[v.tokStart]!) === "the" && v.mentionAt[i - v.tokStart]! < 0) return previous(v, "Organization", false);
  if (!PERSONAL.has(p) && p !== "it") return undefined;
  // "X said he would ...": the speaker rule decides.
  if (i > v.tokStart && REPORTING.has(norm(v.doc.tokens[i - 1]!))) return undefined;
  if (PERSONAL.has(p)) {
    const local = v.ms.find((m) => m.tokStart >= 0 && m.tokEnd <= i && m.type === "Person" && !m.possessive && opensClause(v, m.tokStart));
    if (local) return { group: local.group, confidence: 0.75 };
    // "..., the new chief flew to X, where he met ...": an unnamed person described earlier in the sentence.
    if (describedPerson(v, i)) return null;
    return previous(v, "Person", true);
  }
  return previous(v, "Organization", false);
}

export const PERSONAL_POSSESSIVE = new Set(["his", "her"]);

/**
 * The person a his/her at `at` stands for: the last person named before it in the sentence (other
 * than the group `not`), else the person of the previous sentence (as for he/she).
 */
export function possessivePerson(v: SentenceView, at: number, not: number): Arg | null {
  for (let k = v.ms.length - 1; k >= 0; k--) {
    const m = v.ms[k]!;
    if (m.tokStart >= 0 && m.tokEnd <= at && m.type === "Person" && m.group !== not) return { group: m.group, confidence: 0.7 };
  }
  return previous(v, "Person", true);
}

/** "the [new] chief" before token `to` in the sentence, outside names: a person the pronoun may stand for. */
function describedPerson(v: SentenceView, to: number): boolean {
  for (let k = v.tokStart + 1; k < to; k++) {
    if (v.mentionAt[k - v.tokStart]! >= 0 || !v.lex.roleWords.has(norm(v.doc.tokens[k]!)) || !/^\p{Ll}/u.test(v.doc.tokens[k]!.text)) continue;
    const d = norm(v.doc.tokens[k - 1]!);
    const dd = k - 2 >= v.tokStart ? norm(v.doc.tokens[k - 2]!) : "";
    if (d === "the" || (dd === "the" && /^\p{Ll}/u.test(v.doc.tokens[k - 1]!.text))) return true;
  }
  return false;
}

/** Only determiners and capitalised title words between the sentence start (or a comma) and `start`. */
function opensClause(v: SentenceView, start: number): boolean {
  for (let i = start - 1; i >= v.tokStart; i--) {
    const t = v.doc.tokens[i]!;
    if (/^[,;]$/.test(t.text)) return true;
    if (!DETS.has(norm(t)) && !isCapitalised(t)) return false;
  }
  return true;
}

/** The antecedent in the previous sentence, attached to the view as a synthetic single-member group. */
function previous(v: SentenceView, type: EntityType, onlyOne: boolean): Arg | null {
  const doc = v.doc;
  const s = doc.sentences[v.index - 1];
  if (!s) return null;
  const types = new Map(doc.entities.map((x) => [x.id, x.entityType]));
  const ms = doc.mentions.filter((m) => m.sentence === v.index - 1 && m.entityId).sort((a, b) => a.start - b.start);
  const ofType = [...new Set(ms.filter((m) => types.get(m.entityId!) === type).map((m) => m.entityId!))];
  let id: string | undefined;
  let confidence = 0.6;
  if (onlyOne && ofType.length === 1) [id, confidence] = [ofType[0], 0.65];
  else {
    const first = ms[0];
    const lead = first ? doc.source.text.slice(s.start, first.start).trim() : "x";
    // "The X ..." or "Title X ...": the sentence opens with it.
    // ("A and B spoke. He ...": coordinated openers leave the pronoun unclear.)
    const second = ms.find((m) => m.start >= first!.end && m.entityId !== first!.entityId);
    const coordinated = !!second && /^\s*(?:,|and|&)\s*(?:(?:and|&)\s+)?(?:the\s+)?$/.test(doc.source.text.slice(first!.end, second.start)) && types.get(second.entityId!) === type;
    if (first && !coordinated && types.get(first.entityId!) === type && /^(?:(?:the|The)\s*)?(?:\p{Lu}[\p{L}.-]*\s*)*$/u.test(lead)) id = first.entityId!;
  }
  if (!id) return null;
  const known = v.ms.findIndex((m) => m.entityId === id);
  if (known >= 0) return { group: v.ms[known]!.group, confidence };
  v.ms.push({ entityId: id, type, tokStart: -1, tokEnd: -1, start: -1, end: -1, possessive: false, group: v.groups.length });
  v.groups.push([v.ms.length - 1]);
  return { group: v.groups.length - 1, confidence };
}
