// Predicates on a candidate subject's surroundings: segments, appositions, datelines, subordinate clauses.
import { groupSpan, isComma, mentionAt, tok } from "./arg-view.js";
import type { LocalMention, SentenceView } from "./types.js";
import { AUX, BE, DETS, isAdverb, isCapitalised, isPunct, norm } from "./words.js";

/** Comma-separated segments of the sentence, ignoring commas inside coordination groups. */
export function segmentStarts(v: SentenceView, upTo: number): number[] {
  const inGroup = new Set<number>();
  v.groups.forEach((g, gi) => {
    if (g.length < 2) return;
    const [a, b] = groupSpan(v, gi);
    for (let i = a; i < b; i++) inGroup.add(i);
  });
  const starts = [v.tokStart];
  for (let i = v.tokStart; i < upTo; i++) if (isComma(tok(v, i)) && !inGroup.has(i)) starts.push(i + 1);
  return starts;
}

/** "soldiers of [the] X": the group at `start` names whose people an unnamed plural noun are. */
export function peopleOf(v: SentenceView, start: number): boolean {
  let i = start - 1;
  while (i > v.tokStart && DETS.has(norm(tok(v, i)!))) i--;
  return norm(tok(v, i) ?? tok(v, start)!) === "of" && v.lex.peopleNouns.has(norm(tok(v, i - 1) ?? tok(v, start)!));
}

/**
 * The comma segment starting at `from` is an apposition to the name closing the segment before it:
 * it opens with "a"/"an" (or "the"/"its" after a person) and the comma follows a person or organisation.
 */
export function apposition(v: SentenceView, from: number): boolean {
  const first = tok(v, from);
  if (!first || !/^\p{Ll}/u.test(first.text)) return false;
  let b = from - 2;
  // "X (ACR), a ...": a bracketed acronym closes the name.
  if (tok(v, b)?.text === ")") while (b > v.tokStart && tok(v, b)!.text !== "(") b--, (b === v.tokStart && (b = -1));
  if (tok(v, b)?.text === "(") b--;
  const mi = mentionAt(v, b);
  if (mi < 0 || v.ms[mi]!.possessive) return false;
  const type = v.ms[mi]!.type;
  const w = norm(first);
  if (w === "a" || w === "an") return type === "Person" || type === "Organization";
  return type === "Person" && (w === "the" || w === "his" || w === "her");
}

/** "KATHMANDU: Police ...", "ADEN, Yemen (AFP) - ...": a capitalised place opening the sentence is a dateline, never a subject. */
export function dateline(v: SentenceView, m: LocalMention): boolean {
  if (m.type !== "Place" || m.tokStart !== v.tokStart) return false;
  const text = v.doc.source.text.slice(m.start, m.end);
  return /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && /^[:,(–—-]$/.test(tok(v, m.tokEnd)?.text ?? "");
}

const SUBORDINATORS = new Set(["after", "before", "since", "until", "as"]);

/** The group [gs, ge) opens a clause after a conjunction ("after X held", "as Y was meeting") and ends right before the verb at `at`. */
export function subordinateSubject(v: SentenceView, gs: number, ge: number, at: number): boolean {
  // ("after X fighters attacked": the people noun after the name.)
  if (ge < at && v.lex.peopleNouns.has(norm(tok(v, ge)!))) ge++;
  for (let k = ge; k < at; k++) if (!AUX.has(norm(tok(v, k)!)) && !BE.has(norm(tok(v, k)!)) && !isAdverb(tok(v, k)!)) return false;
  let i = gs - 1;
  while (i > v.tokStart && i > gs - 6 && mentionAt(v, i) < 0 && isCapitalised(tok(v, i)!) && !isPunct(tok(v, i)!)) i--;
  return SUBORDINATORS.has(norm(tok(v, i) ?? tok(v, gs)!)) && /^\p{Ll}/u.test(tok(v, i)!.text);
}

/** "Environmental groups, including X, opposed ...": a named member of an unnamed subject. */
export function includedIn(v: SentenceView, start: number): boolean {
  let i = start - 1;
  while (i > v.tokStart && DETS.has(norm(tok(v, i)!))) i--;
  return norm(tok(v, i) ?? tok(v, start)!) === "including" && isComma(tok(v, i - 1));
}

/** "The council, led by [Mayor] X, asked ...": the leader named in an apposition speaks for the subject. */
export function ledBy(v: SentenceView, start: number): boolean {
  let i = start - 1;
  while (i > v.tokStart && isCapitalised(tok(v, i)!) && mentionAt(v, i) < 0) i--;
  return norm(tok(v, i) ?? tok(v, start)!) === "by" && ["led", "headed"].includes(norm(tok(v, i - 1) ?? tok(v, start)!));
}
