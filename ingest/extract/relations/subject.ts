// Finds a trigger's subject to its left: the nearest free noun phrase in its clause, or the speaker, antecedent or shared subject.
import { titledPerson } from "./apposed-person.js";
import { type Arg, groupSpan, isComma, mentionAt, tok } from "./arg-view.js";
import { apposition, dateline, includedIn, ledBy, peopleOf, segmentStarts, subordinateSubject } from "./clause.js";
import { governor } from "./governor.js";
import { pronounSubject } from "./pronouns.js";
import { relativeAntecedent } from "./relative.js";
import type { SentenceView } from "./types.js";
import { AUX, isAdverb, isMainVerb, norm } from "./words.js";

/** Words that open a new clause: a subject is never found left of them. */
const CLAUSE_STOP = new Set([
  "that", "said", "says", "say", "told", "tells", "added", "announced", "stated", "whether", "because", "although",
  "though", "while", "but", "if", "unless", "where", "when",
]);
const RELATIVE = new Set(["who", "which", "whose", "whom", "where", "when"]);

/**
 * The subject of the verb at `at`: the nearest free noun phrase to its left in the same clause, else the
 * first free one of an earlier comma segment (skipping appositions such as ", Vice Chairman of X,").
 */
export function findSubject(v: SentenceView, at: number, passive = false): Arg | undefined {
  // Reduced relative ("people working on X", "sites targeted by Y"): the phrase right before the participle.
  const prev = mentionAt(v, at - 1);
  const w = norm(v.doc.tokens[at]!);
  if (prev >= 0 && (w.endsWith("ing") || passive) && !v.ms[prev]!.possessive) return { group: v.ms[prev]!.group, confidence: 0.9 };
  // "a new X, funded by A and B,": a passive participle opening an apposition describes the name before the comma.
  // (Not "X, led by Y": leadership appositions are read by the role rules.)
  const apposed = passive && tok(v, at - 1)?.text === "," && !v.lex.triggers.get(w)?.some((t) => t.relation === "LEADS") ? mentionAt(v, at - 2) : -1;
  if (apposed >= 0 && !v.ms[apposed]!.possessive) return { group: v.ms[apposed]!.group, confidence: 0.8 };
  const antecedent = relativeAntecedent(v, at);
  if (antecedent) return antecedent;
  // "He met X", "..., where she visited Y": the pronoun's antecedent, and no guess when it is unclear.
  const pronoun = pronounSubject(v, at);
  if (pronoun !== undefined) return pronoun ?? undefined;
  // "X fighters attacked": the named force of the people noun; "after insurgents overran": an unnamed subject, no guess.
  const people = passive ? undefined : peopleSubject(v, at);
  if (people !== undefined) return people ?? undefined;
  const starts = segmentStarts(v, at);
  // "X said that Y attacked Z": the subject is inside the clause the trigger is in.
  let stop = -1;
  for (let i = at - 1; i >= starts[starts.length - 1]!; i--) if (CLAUSE_STOP.has(norm(v.doc.tokens[i]!))) { stop = i; break; }
  if (stop >= 0) {
    const speaker = reportedPronoun(v, stop, at);
    if (speaker) return speaker;
    starts.splice(0, starts.length, stop + 1);
  }
  let fallback: Arg | undefined;
  for (let s = starts.length - 1; s >= 0 && s >= starts.length - 4; s--) {
    const from = starts[s]!;
    const to = s === starts.length - 1 ? at : starts[s + 1]! - 1;
    // "CITY, Date (Agency) - Police killed ...": nothing before a dateline dash is a subject.
    if (s !== starts.length - 1 && /^-+$/.test(v.doc.tokens[to]!.text)) break;
    if (s !== starts.length - 1 && RELATIVE.has(norm(tok(v, from) ?? v.doc.tokens[at]!))) continue;
    // "X, an Acme lawmaker from Y, also asked ...": an apposition describes the subject, it is not one.
    if (s !== starts.length - 1 && s > 0 && apposition(v, from)) continue;
    const inSeg = v.ms.filter((m) => m.tokStart >= from && m.tokEnd <= to && !dateline(v, m));
    const ordered = s === starts.length - 1 ? inSeg.reverse() : inSeg;
    const seen = new Set<number>();
    for (const m of ordered) {
      if (seen.has(m.group)) continue;
      seen.add(m.group);
      const [gs, ge] = groupSpan(v, m.group);
      const last = v.ms[v.groups[m.group]![v.groups[m.group]!.length - 1]!]!;
      if (last.possessive) continue;
      const gov = governor(v, gs);
      // ("Soldiers of X were killed": the unnamed people, not X, are the victims of a passive.)
      if ((gov === "from" && !(passive && peopleOf(v, gs))) || (gov === "prep" && (ledBy(v, gs) || includedIn(v, gs)))) fallback ??= { group: m.group, confidence: 0.6 };
      // "a day after [Minister] X held talks": a conjunction opens a clause whose subject X is.
      if (gov === "prep" && s === starts.length - 1 && subordinateSubject(v, gs, ge, at)) return { group: m.group, confidence: 0.85 };
      if (gov !== "free") continue;
      const next = tok(v, ge);
      const near = s === starts.length - 1 ? 1 : 0.9;
      // "Acme chief X asked ...", "Lamu County Commissioner X said": the titled person, not the organisation.
      const titled = titledPerson(v, m.group);
      if (titled !== undefined && v.ms[v.groups[titled]![0]!]!.tokEnd <= at) return { group: titled, confidence: near };
      const modifier = !!next && /^\p{Ll}/u.test(next.text) && next.tags.includes("Noun") && !next.tags.includes("Verb");
      return { group: m.group, confidence: (modifier ? 0.8 : 1) * near };
    }
  }
  return fallback ?? coordinatedSubject(v, at);
}

/**
 * "X said the attack risked spills and urged Y to ...", "X condemned the raid and asked Y to ...": a
 * predicate joined by "and" with no subject of its own shares the subject of the verb before it, and
 * a reported clause whose own subject is unnamed falls back to the speaker.
 */
function coordinatedSubject(v: SentenceView, at: number): Arg | undefined {
  let i = at - 1;
  while (i > v.tokStart && (isAdverb(tok(v, i)!) || AUX.has(norm(tok(v, i)!)))) i--;
  const conj = norm(tok(v, i) ?? tok(v, at)!);
  if (conj !== "and" && conj !== "but") return undefined;
  for (let k = i - 1, n = 0; k > v.tokStart && n < 15; k--, n++) {
    const t = tok(v, k)!;
    if (t.text === ";" || mentionAt(v, k) >= 0 || !isMainVerb(t) || norm(t).endsWith("ing")) continue;
    const subject = findSubject(v, k);
    if (subject) return { group: subject.group, confidence: subject.confidence * 0.8 };
    // The verb before is inside a reported clause ("said the attack risked ..."): the speaker.
    for (let r = k - 1; r > v.tokStart; r--) {
      if (!REPORTING.has(norm(tok(v, r)!))) continue;
      const speaker = findSubject(v, r);
      return speaker ? { group: speaker.group, confidence: speaker.confidence * 0.7 } : undefined;
    }
    return undefined;
  }
  return undefined;
}

const REPORTING = new Set(["said", "says", "say", "added", "announced", "stated", "told"]);

/**
 * "X said it had asked Y", "X said he would visit Y": a pronoun subject right after a reporting verb is
 * the speaker (he/she a person, it anything else).
 */
function reportedPronoun(v: SentenceView, stop: number, at: number): Arg | undefined {
  if (!REPORTING.has(norm(v.doc.tokens[stop]!))) return undefined;
  let i = stop + 1;
  if (norm(tok(v, i) ?? v.doc.tokens[at]!) === "that") i++;
  let p = norm(tok(v, i) ?? v.doc.tokens[at]!);
  // "The army said its troops killed ...": the speaker's own people act for it.
  if ((p === "its" || p === "their") && i + 1 < at && (v.lex.peopleNouns.has(norm(tok(v, i + 1)!)) || norm(tok(v, i + 1)!) === "forces")) [i, p] = [i + 1, "it"];
  if (i >= at || !["he", "she", "it"].includes(p)) return undefined;
  for (let k = i + 1; k < at; k++) if (mentionAt(v, k) >= 0 || isComma(tok(v, k))) return undefined;
  const speaker = findSubject(v, stop);
  if (!speaker) return undefined;
  const person = v.groups[speaker.group]!.every((m) => v.ms[m]!.type === "Person");
  return (p === "it") !== person ? { group: speaker.group, confidence: speaker.confidence * 0.85 } : undefined;
}

/**
 * A plural people noun right before the verb (adverbs and auxiliaries between): the name right before it
 * ("Acme fighters attacked"), or null when nothing names them ("insurgents overran"); undefined otherwise.
 */
function peopleSubject(v: SentenceView, at: number): Arg | null | undefined {
  let i = at - 1;
  while (i > v.tokStart && (AUX.has(norm(tok(v, i)!)) || isAdverb(tok(v, i)!))) i--;
  const t = tok(v, i);
  if (!t || i === at || mentionAt(v, i) >= 0 || !/^\p{Ll}/u.test(t.text) || !v.lex.peopleNouns.has(norm(t))) return undefined;
  const before = tok(v, i - 1);
  const mi = mentionAt(v, i - 1);
  if (mi >= 0) return v.ms[mi]!.possessive ? undefined : { group: v.ms[mi]!.group, confidence: 0.85 };
  // ("its troops", "their fighters": the pronoun rules decide.)
  if (before && ["its", "their", "his", "her", "whose"].includes(norm(before))) return undefined;
  return null;
}
