// Persons named in apposition or after a title: "the district officer, X", "Acme chief X", ", General X".
import type { Token } from "../types.js";
import { type Arg, HONORIFICS, groupSpan, isComma, mentionAt, tok } from "./arg-view.js";
import type { SentenceView } from "./types.js";
import { AUX, BE, DETS, PREPS, isCapitalised, isPunct, norm } from "./words.js";

/**
 * "the district police officer of North Waziristan, Saleem Wazir": a lower-case description (an "of"
 * phrase allowed) closed by a comma and a person in apposition: that person.
 */
export function describedPerson(v: SentenceView, at: number, from: number): Arg | undefined {
  const first = tok(v, at);
  if (!first || !nounLike(first) || (at > from && !DETS.has(norm(tok(v, at - 1)!)) && !nounLike(tok(v, at - 1)!) && !tok(v, at - 1)!.tags.includes("Adjective"))) return undefined;
  for (let i = at; i < v.tokEnd && i < at + 10; i++) {
    const t = tok(v, i)!;
    const mi = mentionAt(v, i);
    if (mi >= 0) {
      if (v.ms[mi]!.type === "Person") return undefined;
      i = v.ms[mi]!.tokEnd - 1;
      continue;
    }
    if (isComma(t)) return i > at && appositePerson(v, i + 1) ? { group: v.ms[mentionAt(v, nameAt(v, i + 1))]!.group, confidence: 0.8 } : undefined;
    const w = norm(t);
    if (!(nounLike(t) || w === "of" || w === "the" || t.tags.includes("Adjective") || (isCapitalised(t) && !isPunct(t)))) return undefined;
  }
  return undefined;
}

/** The first token of the name after title words at `i` (see appositePerson). */
export function nameAt(v: SentenceView, i: number): number {
  while (mentionAt(v, i) < 0 && i < v.tokEnd - 1) i++;
  return i;
}

/** A person named at `i` in apposition: not the subject of a following verb ("the governor, X said"). */
export function appositePerson(v: SentenceView, i: number): boolean {
  // ", General X", ", Maj Gen X": capitalised title words before the name.
  for (let n = 0; n < 4 && mentionAt(v, i) < 0 && tok(v, i) && isCapitalised(tok(v, i)!) && !isPunct(tok(v, i)!) && (v.lex.roleWords.has(norm(tok(v, i)!)) || HONORIFICS.has(norm(tok(v, i)!)) || /^\p{Lu}\p{Ll}{0,3}\.?$/u.test(tok(v, i)!.text)); n++) i++;
  const p = mentionAt(v, i);
  if (p < 0 || v.ms[p]!.type !== "Person" || v.ms[p]!.tokStart !== i) return false;
  const next = tok(v, v.ms[p]!.tokEnd);
  return !next || isComma(next) || next.text === "." || PREPS.has(norm(next)) || next.text === "(";
}

/** A lower-case noun or adjective closing a description ("chief executive", "ambassador"). */
export function describingWord(t: Token): boolean {
  const w = norm(t);
  return /^\p{Ll}/u.test(t.text) && !PREPS.has(w) && !DETS.has(w) && !BE.has(w) && !AUX.has(w) && (t.tags.includes("Noun") || t.tags.includes("Adjective"));
}


/** A lower-case word that can be a noun ("state" is tagged as a verb too), not a past form or gerund. */
export function nounLike(t: Token): boolean {
  const w = norm(t);
  if (!/^\p{Ll}/u.test(t.text) || PREPS.has(w) || DETS.has(w) || BE.has(w) || AUX.has(w)) return false;
  return t.tags.includes("Noun") || (t.tags.includes("Infinitive") && !t.tags.includes("PastTense") && !t.tags.includes("Gerund"));
}

/**
 * A name starts within `n` tokens from `from`, after lower-case nouns only ("state oil company X",
 * "defence minister X"): the nouns describe it.
 */
export function personWithin(v: SentenceView, from: number, n: number): boolean {
  for (let i = from; i < from + n && i < v.tokEnd; i++) {
    const mi = mentionAt(v, i);
    if (mi >= 0) return v.ms[mi]!.tokStart === i;
    const t = tok(v, i)!;
    // "the Japanese ambassador, Masaki Tanabe": a person in apposition right after the comma.
    if (isComma(t)) return appositePerson(v, i + 1);
    if (!nounLike(t) && !(isCapitalised(t) && !isPunct(t))) return false;
  }
  return false;
}

/**
 * "Wagner chief Yevgeny Prigozhin": an organisation + role title + person is the person. So is
 * "the UN envoy for Yemen, Hans Grundberg": the role's place phrase and a comma before the person.
 */
export function titledPerson(v: SentenceView, g: number): number | undefined {
  if (v.groups[g]!.length > 1) return undefined;
  let i = groupSpan(v, g)[1];
  const first = i;
  while (i < v.tokEnd && i < first + 4 && mentionAt(v, i) < 0 && v.lex.roleWords.has(norm(tok(v, i)!))) i++;
  // "Acme commander Gen. X": a short honorific after the role.
  if (i > first && mentionAt(v, i) < 0 && tok(v, i) && (HONORIFICS.has(norm(tok(v, i)!)) || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(tok(v, i)!.text))) i++;
  if (i > first && tok(v, i)?.text === "." && mentionAt(v, i + 1) >= 0) i++;
  // "Lagos businessman X", "Acme engineer Y": one or two describing nouns right before a person.
  if (i === first) {
    let j = first;
    while (j < first + 2 && tok(v, j) && mentionAt(v, j) < 0 && nounLike(tok(v, j)!) && !tok(v, j)!.tags.includes("Plural")) j++;
    const p = j > first ? mentionAt(v, j) : -1;
    if (p >= 0 && v.ms[p]!.type === "Person" && v.ms[p]!.tokStart === j) i = j;
  }
  if (i > first && ["for", "in", "to"].includes(norm(tok(v, i) ?? tok(v, first)!)) && mentionAt(v, i + 1) >= 0) {
    const place = v.ms[mentionAt(v, i + 1)]!;
    if (place.type === "Place" && v.groups[place.group]!.length === 1 && isComma(tok(v, place.tokEnd)) && appositePerson(v, place.tokEnd + 1)) i = nameAt(v, place.tokEnd + 1);
  }
  const p = i > first ? mentionAt(v, i) : -1;
  return p >= 0 && v.ms[p]!.type === "Person" ? v.ms[p]!.group : undefined;
}
