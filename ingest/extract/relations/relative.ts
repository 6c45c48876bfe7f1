// Relative clauses: "X, which is financed by", "the company that is building": the antecedent is the subject.
import { type Arg, isComma, mentionAt, tok } from "./arg-view.js";
import type { SentenceView } from "./types.js";
import { AUX, BE, PREPS, isAdverb, isCapitalised, isPunct, norm } from "./words.js";

/**
 * "X, which is financed by", "rebels who perceive": when a relative pronoun is the verb's subject,
 * the noun phrase right before it is.
 */
export function relativeAntecedent(v: SentenceView, at: number): Arg | undefined {
  let i = at - 1;
  while (i > v.tokStart && (BE.has(norm(tok(v, i)!)) || AUX.has(norm(tok(v, i)!)) || isAdverb(tok(v, i)!))) i--;
  const w = tok(v, i);
  if (!w || !["who", "which", "that"].includes(norm(w))) return undefined;
  let j = i - 1;
  if (isComma(tok(v, j))) j--;
  // "the X railway, which": a lower-case head noun after the name.
  const head = tok(v, j);
  if (head && mentionAt(v, j) < 0 && mentionAt(v, j - 1) >= 0 && /^\p{Ll}/u.test(head.text) && head.tags.includes("Noun") && !v.lex.peopleNouns.has(norm(head)) && !v.lex.roleWords.has(norm(head))) j--;
  const mi = mentionAt(v, j);
  if (mi < 0) return appositionAntecedent(v, j);
  if (v.ms[mi]!.possessive) return undefined;
  return { group: v.ms[mi]!.group, confidence: 0.9 };
}

/**
 * "X (ACR), the Chinese state-owned company that is building Y": a relative clause on an apposition
 * (a determiner and up to five describing words, no name) belongs to the name before the comma.
 */
function appositionAntecedent(v: SentenceView, end: number): Arg | undefined {
  let j = end;
  for (let n = 0; n < 6 && j > v.tokStart; n++, j--) {
    const t = tok(v, j)!;
    const w = norm(t);
    if (w === "the" || w === "a" || w === "an") break;
    if (mentionAt(v, j) >= 0 || isPunct(t) || PREPS.has(w) || BE.has(w) || AUX.has(w) || (isCapitalised(t) && !v.lex.demonyms.has(w))) return undefined;
  }
  const det = norm(tok(v, j) ?? tok(v, end)!);
  if ((det !== "the" && det !== "a" && det !== "an") || j === end || !isComma(tok(v, j - 1))) return undefined;
  let b = j - 2;
  // "X (ACR), the ...": the long form before a bracketed acronym.
  if (tok(v, b)?.text === ")" && mentionAt(v, b - 1) >= 0 && tok(v, b - 2)?.text === "(") b -= 3;
  const mi = mentionAt(v, b);
  if (mi < 0 || v.ms[mi]!.possessive || v.groups[v.ms[mi]!.group]!.length > 1) return undefined;
  return { group: v.ms[mi]!.group, confidence: 0.8 };
}
