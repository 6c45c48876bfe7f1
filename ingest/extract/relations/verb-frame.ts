// Verb triggers: active (subject -> object), passive ("X were audited by Y"), particles, "via" nouns, "to" objects.
import { findAgent, findObject, findSubject, findWord, governor, groupSpan, isComma, mentionAt, partners, toFollows, tok } from "./arguments.js";
import type { Arg } from "./arguments.js";
import { emitGroups, emitPairs } from "./emit.js";
import type { Emitter } from "./emit.js";
import { implicitTail } from "./implicit.js";
import { demonymArg } from "./noun-frame.js";
import { countedGroup } from "./victims.js";
import type { EntityType } from "../../../graph/types.js";
import type { CompiledTrigger, SentenceView } from "./types.js";
import { AUX, BE, DETS, PREPS, isAdverb, isCapitalised, isMainVerb, norm } from "./words.js";

const KIN = new Set(["son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "family", "relatives", "relative", "nephew", "cousin", "widow"]);

/** True when the verb at `at` is a passive participle ("were audited", "targeted by"). */
function isPassive(v: SentenceView, at: number, e: Emitter): boolean {
  const w = norm(v.doc.tokens[at]!);
  if (!e.lex.participles.has(w)) return false;
  if (norm(tok(v, at + 1) ?? v.doc.tokens[at]!) === "by") return true;
  // "engineers killed in April by the front": a participle after a noun with an agent further on.
  const prev = tok(v, at - 1);
  if (prev && (mentionAt(v, at - 1) >= 0 || prev.tags.includes("Noun")) && findAgent(v, at + 1)) return true;
  for (let i = at - 1; i >= v.tokStart && i >= at - 3; i--) {
    const t = v.doc.tokens[i]!;
    if (BE.has(norm(t))) return true;
    if (!isAdverb(t)) return false;
  }
  return false;
}

const AMOUNT = new Set(["million", "billion", "trillion", "thousand", "hundred", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "us", "usd", "eur"]);

/** Applies one verb trigger at token `at`. */
export function applyVerb(e: Emitter, v: SentenceView, at: number, trig: CompiledTrigger): void {
  // "to release detained nationals": a participle right after another verb modifies a noun.
  const before = tok(v, at - 1);
  if (before && mentionAt(v, at - 1) < 0 && e.lex.participles.has(norm(v.doc.tokens[at]!)) && isMainVerb(before)) return;
  let after = at + 1;
  if (trig.particle) {
    if (norm(tok(v, after) ?? v.doc.tokens[at]!) !== trig.particle) return;
    after++;
  }
  const surface = v.doc.tokens[at]!.text;
  const info = e.lex.relations.get(trig.relation)!;
  if (!trig.stative && isPassive(v, at, e)) {
    // "were taken into custody by X": a trigger read with a "via" noun needs it (before the verb or right after).
    if (trig.via.length && !viaBefore(v, at, trig.via) && findWord(v, after, trig.via, 3) < 0) return;
    // "X was killed when gunmen attacked ...": the subject of the time clause did it.
    const head = findAgent(v, after, trig.relation === "FUNDS") ?? (info.groupTail ? whenAgent(e, v, after) : undefined);
    if (!head) return;
    // "a consortium led by X": the participle modifies an unnamed noun; only an owner named on it
    // ("an IMF mission led by X") is the tail.
    const unnamed = unnamedNoun(v, at);
    if (unnamed === null) return;
    // ("an IMF mission led by X" is no visit: a trigger read with a "via" noun and a preposition wants its object after them.)
    if (unnamed && trig.via.length && trig.preps.length) return;
    // "Six soldiers were martyred by X": an unnamed counted subject becomes a Group.
    const tail = unnamed ?? findSubject(v, at, true) ?? (info.groupTail ? countedSubject(e, v, at) : undefined);
    // "The deal was signed by A and B": a symmetric relation between the agents.
    // (Only with a "via" noun: "talks hosted by A and B" says nothing about A meeting B.)
    if (!tail && info.symmetric && v.groups[head.group]!.length > 1 && trig.via.length && viaBefore(v, at, trig.via))
      return emitPairs(e, v, trig.relation, head.group, surface, trig.confidence * head.confidence);
    if (tail) {
      emitGroups(e, v, trig.relation, head.group, tail.group, surface, trig.confidence * head.confidence * tail.confidence);
      // "developed by A, ..., together with B and C": the partners act too.
      const more = partners(v, groupSpan(v, head.group)[1]);
      if (more) emitGroups(e, v, trig.relation, more.group, tail.group, surface, trig.confidence * more.confidence * tail.confidence);
    } else if (info.implicitTail) implicitTail(e, v, at, trig.relation, head, surface, trig.confidence);
    else if (info.groupTail) unnamedEvent(e, v, trig.relation, head, surface, trig.confidence);
    return;
  }
  const head = controller(v, at) ?? findSubject(v, at);
  if (!head) return;
  // "it found that X had failed": a clause, not an object.
  if (norm(tok(v, after) ?? v.doc.tokens[at]!) === "that" && trig.direct) return;
  let tail = findTail(e, v, after, trig) ?? pronounObject(v, after, head, trig);
  // "called on X to act" is a request, "called on X" a visit: a form that another trigger reads with "to" yields to it then.
  if (tail && !trig.needsTo && toFollows(v, groupSpan(v, tail.group)[1]) && e.lex.triggers.get(norm(v.doc.tokens[at]!))?.some((t) => t.needsTo && t.particle === trig.particle && t.kind === "verb")) return;
  // "arrested a Coast Daily reporter": the organisation only modifies the person arrested.
  if (tail && info.groupTail && orgModifier(v, tail)) return;
  // "killing 12 soldiers", "arrested three suspects": an unnamed counted set of people.
  if (!tail && info.groupTail && trig.direct && !trig.via.length) tail = countedGroup(e, v, after);
  // "A met B in C and signed an agreement": the partner of the earlier meeting.
  if (!tail && info.symmetric && trig.via.length && v.groups[head.group]!.length === 1 && findWord(v, after, trig.via, 6) >= 0) tail = earlierPartner(e, v, head, at);
  // "met their counterparts from X", "held talks with officials from X": the side they come from.
  if (!tail && info.symmetric) {
    const from = findWord(v, after, ["from"], 7);
    const side = from > after && e.lex.delegationNouns.has(norm(v.doc.tokens[from - 1]!)) ? findObject(v, from + 1, 2) : undefined;
    if (side) tail = { group: side.group, confidence: side.confidence * 0.7 };
  }
  const conf = trig.confidence * head.confidence;
  // ("A and B's wealth fund C signed": a noun read as a verb inside the subject names no object.)
  if (tail && tail.group === head.group) return;
  if (tail) return emitGroups(e, v, trig.relation, head.group, tail.group, surface, conf * tail.confidence);
  if (info.symmetric && v.groups[head.group]!.length > 1 && (!trig.via.length || findWord(v, after, trig.via, 6) >= 0)) return emitPairs(e, v, trig.relation, head.group, surface, conf);
  if (info.groupTail) unnamedEvent(e, v, trig.relation, head, surface, conf);
  if (info.implicitTail) implicitTail(e, v, at, trig.relation, head, surface, trig.confidence);
  // ("arrested on suspicion of financing the cell": a gerund after a preposition names an activity, not a deal.)
  else if (trig.implicitObject && unnamedObject(v, after) && !prepGerund(v, at) && (!trig.via.length || findWord(v, after, trig.via, 6) >= 0)) {
    // "financed the Rwandan deployment": the country the demonym names.
    const country = definiteDemonym(e, v, after);
    if (country) emitGroups(e, v, trig.relation, head.group, country.group, surface, conf * country.confidence);
    else implicitTail(e, v, at, trig.relation, head, surface, trig.confidence * 0.8, GUESSABLE);
  }
}

/** A gerund right after a preposition ("of financing", "for funding"). */
function prepGerund(v: SentenceView, at: number): boolean {
  const prev = tok(v, at - 1);
  return norm(v.doc.tokens[at]!).endsWith("ing") && !!prev && PREPS.has(norm(prev));
}

/** "the Rwandan deployment": a definite object opened by a demonym, as that country (when the document names it). */
function definiteDemonym(e: Emitter, v: SentenceView, after: number): Arg | undefined {
  if (norm(tok(v, after) ?? v.doc.tokens[v.tokStart]!) !== "the") return undefined;
  const d = tok(v, after + 1);
  const country = d && isCapitalised(d) ? e.lex.demonyms.get(norm(d)) : undefined;
  const noun = tok(v, after + 2);
  if (!country || !noun || !/^\p{Ll}/u.test(noun.text) || !noun.tags.includes("Noun")) return undefined;
  return demonymArg(v, country);
}

/**
 * "were killed when militants attacked a post", "was martyred as gunmen opened fire": the named subject
 * of a when/as clause right after the passive whose verb is itself a trigger (of any relation).
 */
function whenAgent(e: Emitter, v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd && i < from + 6; i++) {
    const w = norm(v.doc.tokens[i]!);
    if (w !== "when" && w !== "as") {
      if (isComma(v.doc.tokens[i]!) || mentionAt(v, i) >= 0) return undefined;
      continue;
    }
    let j = i + 1;
    while (tok(v, j) && mentionAt(v, j) < 0 && j < i + 3 && /^\p{Ll}/u.test(tok(v, j)!.text) && !e.lex.triggers.has(norm(tok(v, j)!))) j++;
    const mi = mentionAt(v, j);
    if (mi < 0) return undefined;
    let end = groupSpan(v, v.ms[mi]!.group)[1];
    // "when suspected Acme fighters ambushed ...": the people noun after the name.
    if (tok(v, end) && e.lex.peopleNouns.has(norm(tok(v, end)!))) end++;
    const verb = tok(v, end);
    return verb && e.lex.triggers.get(norm(verb))?.some((t) => t.kind === "verb") ? { group: v.ms[mi]!.group, confidence: 0.75 } : undefined;
  }
  return undefined;
}

/** The counted people noun right before the passive at `at` ("two soldiers were"), as a Group. */
function countedSubject(e: Emitter, v: SentenceView, at: number): Arg | undefined {
  let i = at - 1;
  while (i > v.tokStart && (AUX.has(norm(tok(v, i)!)) || BE.has(norm(tok(v, i)!)) || isAdverb(tok(v, i)!))) i--;
  if (i === at - 1 || !e.lex.peopleNouns.has(norm(tok(v, i) ?? v.doc.tokens[at]!))) return undefined;
  for (let k = Math.max(v.tokStart, i - 4); k <= i; k++) {
    const g = countedGroup(e, v, k);
    if (g) return g;
  }
  return undefined;
}

/** Remembers a killing or arrest of someone unnamed ("arrested a suspect") for a sentence that names the person later. */
function unnamedEvent(e: Emitter, v: SentenceView, relation: string, head: Arg, trigger: string, confidence: number): void {
  e.unnamed ??= [];
  for (const m of v.groups[head.group]!) e.unnamed.push({ relation, head: v.ms[m]!.entityId, tail: "", sentence: v.index, trigger, confidence: confidence * head.confidence });
}

/** An organisation object followed by a lower-case noun ("a Coast Daily reporter") names only a modifier. */
function orgModifier(v: SentenceView, tail: Arg): boolean {
  const members = v.groups[tail.group]!;
  const last = v.ms[members[members.length - 1]!]!;
  if (last.type !== "Organization" || last.tokEnd < 0) return false;
  const next = tok(v, groupSpan(v, tail.group)[1]);
  return !!next && /^\p{Ll}/u.test(next.text) && next.tags.includes("Noun") && !next.tags.includes("Verb") && norm(next) !== "and";
}

/**
 * The participle at `at` right after a lower-case noun that is no name ("a consortium led by"): the
 * named owner of that noun ("an IMF mission") as the argument, or null when nothing owns it.
 * Undefined when the word before the participle is not such a noun.
 */
function unnamedNoun(v: SentenceView, at: number): Arg | null | undefined {
  const n = tok(v, at - 1);
  if (!n || mentionAt(v, at - 1) >= 0 || !/^\p{Ll}/u.test(n.text) || !n.tags.includes("Noun") || n.tags.includes("Verb") || n.tags.includes("Pronoun")) return undefined;
  if (AUX.has(norm(n)) || BE.has(norm(n)) || isAdverb(n)) return undefined;
  const owner = mentionAt(v, at - 2);
  if (owner >= 0) return { group: v.ms[owner]!.group, confidence: 0.7 };
  return null;
}

/** Kinds an unnamed object may be guessed as: "finance a new system" is never a place. */
const GUESSABLE: ReadonlySet<EntityType> = new Set<EntityType>(["Project", "Organization"]);
const OBJECT_START = new Set(["a", "an", "the", "its", "their", "this", "part", "half", "most", "some", "all", "much", "$", "€", "£"]);

/** "finance a new system", "fund half of the project", "finance $2bn of": an object phrase naming nothing. */
function unnamedObject(v: SentenceView, after: number): boolean {
  const t = tok(v, after);
  if (!t || mentionAt(v, after) >= 0) return false;
  if (!OBJECT_START.has(norm(t)) && !/^[$€£]?\d/.test(t.text)) return false;
  // The phrase up to the next comma or clause end names no entity.
  // ("and" goes on: "financed 97 patrol vessels and the X subway" names something.)
  for (let i = after; i < v.tokEnd && i < after + 10; i++) {
    const w = v.doc.tokens[i]!;
    if (/^[,;:.]$/.test(w.text) || norm(w) === "which" || norm(w) === "that") break;
    if (mentionAt(v, i) >= 0) return false;
  }
  return true;
}

/**
 * "asked X (ACR) to inspect Y": the object of the verb before "to" is the subject of the infinitive.
 */
function controller(v: SentenceView, at: number): Arg | undefined {
  if (norm(tok(v, at - 1) ?? v.doc.tokens[at]!) !== "to") return undefined;
  let j = at - 2;
  // Skip a bracketed acronym: "asked the Institute (ACR) to".
  if (tok(v, j)?.text === ")") while (j > v.tokStart && tok(v, j)!.text !== "(") j--;
  if (tok(v, j)?.text === "(") j--;
  const mi = mentionAt(v, j);
  if (mi < 0 || v.ms[mi]!.possessive) return undefined;
  const g = v.ms[mi]!.group;
  return governor(v, groupSpan(v, g)[0]) === "object" ? { group: g, confidence: 0.85 } : undefined;
}

/** "met X ... and urged him to decide": him/her is the last other person named before the verb. */
function pronounObject(v: SentenceView, after: number, head: Arg, trig: CompiledTrigger): Arg | undefined {
  const w = norm(tok(v, after) ?? v.doc.tokens[v.tokStart]!);
  if (!trig.direct || (w !== "him" && w !== "her")) return undefined;
  if (trig.needsTo && !toFollows(v, after + 1)) return undefined;
  for (let i = v.ms.length - 1; i >= 0; i--) {
    const m = v.ms[i]!;
    if (m.tokStart < 0 || m.tokEnd > after || m.type !== "Person" || m.group === head.group) continue;
    return { group: m.group, confidence: 0.7 };
  }
  return undefined;
}

/** The object of an earlier meeting verb of the same subject ("A met B ... and signed"). */
function earlierPartner(e: Emitter, v: SentenceView, head: Arg, at: number): Arg | undefined {
  const from = groupSpan(v, head.group)[1];
  let and = false;
  for (let i = at - 1; i >= from; i--) {
    const w = norm(v.doc.tokens[i]!);
    if (w === "and") and = true;
    if (!and || !e.lex.triggers.get(w)?.some((t) => t.kind === "verb" && t.relation === "MET_WITH" && t.direct)) continue;
    const obj = findObject(v, i + 1);
    return obj && obj.group !== head.group ? { group: obj.group, confidence: obj.confidence * 0.8 } : undefined;
  }
  return undefined;
}

/** One of the trigger's "via" nouns occurs before the verb ("The agreement was signed by ..."). */
function viaBefore(v: SentenceView, at: number, via: readonly string[]): boolean {
  for (let i = v.tokStart; i < at; i++) if (via.includes(norm(v.doc.tokens[i]!))) return true;
  return false;
}

function findTail(e: Emitter, v: SentenceView, after: number, trig: CompiledTrigger): Arg | undefined {
  let from = after;
  // "an agreement signed in X on Monday with Y": the participle follows its via noun.
  if (trig.via.length && trig.preps.length && trig.via.includes(norm(tok(v, after - (trig.particle ? 3 : 2)) ?? v.doc.tokens[after]!))) {
    const p = findWord(v, after, trig.preps, 8);
    return p < 0 ? undefined : findObject(v, p + 1);
  }
  if (trig.via.length) {
    const at = findWord(v, after, trig.via, 6);
    if (at < 0) return undefined;
    // "took X into custody": a direct object before the via noun.
    if (trig.direct && !trig.preps.length) {
      const obj = findObject(v, after, 2);
      return obj && groupSpan(v, obj.group)[1] < at ? obj : undefined;
    }
    from = at + 1;
  }
  if (trig.direct && !trig.via.length) {
    const obj = findObject(v, from);
    const end = obj ? groupSpan(v, obj.group)[1] : from;
    // "found X had failed": the object opens a clause.
    if (obj && !trig.needsTo && (AUX.has(norm(tok(v, end) ?? v.doc.tokens[from]!)) || BE.has(norm(tok(v, end) ?? v.doc.tokens[from]!)))) return undefined;
    if (obj && (!trig.needsTo || toFollows(v, end))) return obj;
    if (trig.needsTo) return undefined;
    // "audit the contracts of X", "attacked a camp of X": the named owner of an unnamed object.
    const of = obj ? -1 : findWord(v, from, ["of"], 5);
    // "killed the head of X", "arrested the son of X": the object is a person related to X, not X.
    if (of > from && (e.lex.roleWords.has(norm(v.doc.tokens[of - 1]!)) || KIN.has(norm(v.doc.tokens[of - 1]!)))) return undefined;
    const owner = of > from ? findObject(v, of + 1, 3) : obj ? undefined : possessiveOwner(e, v, from);
    if (owner && !trig.preps.length) return { group: owner.group, confidence: owner.confidence * 0.8 };
    // "arrested 26 people, including X": a named member of the unnamed object.
    const incl = obj || owner ? undefined : including(v, from);
    if (incl) return incl;
    // "visited forward posts in X", "toured flood-hit areas of X": the place of an unnamed site.
    const site = obj || owner ? undefined : placeOfSite(e, v, from, trig);
    if (site) return site;
  }
  if (!trig.preps.length) return undefined;
  // "lend $300 million to X": an amount before the preposition.
  while (tok(v, from) && (/^[$€£¥\d]/.test(tok(v, from)!.text) || AMOUNT.has(norm(tok(v, from)!)))) from++;
  let p = findWord(v, from, trig.preps, 3);
  // "signed a deal for the supply of 12 jets with X", "awarded a contract for the line to X".
  if (p < 0 && trig.via.length && OBJECT_PREPS.has(norm(tok(v, from) ?? v.doc.tokens[after]!))) p = prepAfterPhrase(v, from + 1, trig.preps);
  const obj = p < 0 ? undefined : findObject(v, p + 1) ?? placeOfSite(e, v, p + 1, trig);
  // "serving with the UN mission": the unit named by the noun, not its parent.
  const noun = obj ? tok(v, groupSpan(v, obj.group)[1]) : undefined;
  return noun && /^\p{Ll}/u.test(noun.text) && e.lex.unitNouns.has(norm(noun)) ? undefined : obj;
}

const OBJECT_PREPS = new Set(["for", "of", "on", "worth"]);

/** The first of `preps` after a describing phrase of up to 12 tokens (no comma, verb or name), or -1. */
function prepAfterPhrase(v: SentenceView, from: number, preps: readonly string[]): number {
  for (let i = from; i < v.tokEnd && i < from + 12; i++) {
    const t = v.doc.tokens[i]!;
    if (preps.includes(norm(t))) return i;
    if (isComma(t) || t.text === "." || (isMainVerb(t) && !t.tags.includes("Noun")) || ["that", "which", "who", "and"].includes(norm(t))) return -1;
  }
  return -1;
}

/**
 * "audit the project's accounts", "attacked the group's camps": the possessive owner of an unnamed
 * object (not of a person: "the group's leader", "X's son").
 */
function possessiveOwner(e: Emitter, v: SentenceView, from: number): Arg | undefined {
  let i = from;
  while (tok(v, i) && (DETS.has(norm(tok(v, i)!)) || isAdverb(tok(v, i)!)) && mentionAt(v, i) < 0) i++;
  const mi = mentionAt(v, i);
  if (mi < 0 || !v.ms[mi]!.possessive || v.groups[v.ms[mi]!.group]!.length !== 1) return undefined;
  let j = groupSpan(v, v.ms[mi]!.group)[1];
  while (tok(v, j) && /^['’]s?$/.test(tok(v, j)!.text)) j++;
  let words = 0;
  for (; tok(v, j) && words < 4; j++, words++) {
    const t = tok(v, j)!;
    const w = norm(t);
    if (mentionAt(v, j) >= 0 || e.lex.roleWords.has(w) || KIN.has(w) || e.lex.peopleNouns.has(w)) return undefined;
    if (!/^\p{Ll}/u.test(t.text) || PREPS_OR_STOP.has(w)) break;
  }
  const end = tok(v, j);
  if (!words || (end && !/^[,.;:]$/.test(end.text) && !PREPS_OR_STOP.has(norm(end)))) return undefined;
  return { group: v.ms[mi]!.group, confidence: 0.75 };
}

const SITE_PREPS = new Set(["in", "at", "of", "near"]);

/** For relations whose tail can only be a place: the place after an unnamed lower-case object ("posts in X"). */
function placeOfSite(e: Emitter, v: SentenceView, from: number, trig: CompiledTrigger): Arg | undefined {
  // (Not attacks: analysts do not read "ambushed a convoy near X" as an attack on X.)
  const tails = e.lex.relations.get(trig.relation)?.tail;
  // (Visits may end at an institution too, but a site in a place is still a visit to the place.)
  if (!tails || !tails.has("Place") || (tails.size !== 1 && trig.relation !== "VISITED")) return undefined;
  for (let i = from, words = 0; i < v.tokEnd && i < from + 6; i++) {
    const t = v.doc.tokens[i]!;
    const w = norm(t);
    if (SITE_PREPS.has(w) && words > 0) {
      const p = findObject(v, i + 1, 2);
      return p && v.groups[p.group]!.every((m) => v.ms[m]!.type === "Place") ? { group: p.group, confidence: p.confidence * 0.8 } : undefined;
    }
    if (mentionAt(v, i) >= 0 || !/^\p{Ll}/u.test(t.text) || PREPS_OR_STOP.has(w)) return undefined;
    if (!DETS.has(w)) words++;
  }
  return undefined;
}

const PREPS_OR_STOP = new Set(["in", "on", "at", "for", "with", "from", "by", "to", "over", "during", "after", "before", "since", "and", "every", "each", "last", "this", "next"]);

/** "26 people, including X" right after the verb (nothing named before the comma): X, less certain. */
function including(v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd && i < from + 6; i++) {
    if (mentionAt(v, i) >= 0 || v.doc.tokens[i]!.text === ".") return undefined;
    if (v.doc.tokens[i]!.text !== ",") continue;
    if (norm(tok(v, i + 1) ?? v.doc.tokens[i]!) !== "including" || mentionAt(v, i + 2) < 0) return undefined;
    const obj = findObject(v, i + 2, 1);
    return obj ? { group: obj.group, confidence: obj.confidence * 0.8 } : undefined;
  }
  return undefined;
}
