// Looks a short way right of a trigger for a cue word ("to", "million", "with").
import { isComma, tok } from "./arg-view.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

/** Index of the first of `words` within `span` tokens after `from` (skipping adverbs), or -1. */
export function findWord(v: SentenceView, from: number, words: readonly string[], span: number): number {
  for (let i = from; i < v.tokEnd && i < from + span; i++) {
    const t = tok(v, i)!;
    // "$2bn": a unit glued to its number counts as the unit word.
    if (words.includes(norm(t)) || (/^\d/.test(t.text) && words.includes(norm(t).replace(/^[\d.,]+/, "")))) return i;
    if (isComma(t) || t.text === ".") return -1;
  }
  return -1;
}

const TIME_WORDS = new Set([
  "last", "next", "this", "year", "week", "month", "day", "earlier", "again", "on", "in", "early", "late", "repeatedly",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december",
]);

/** "X (ACR) last year to act": "to" follows at `i`, after a bracketed acronym and a short time phrase. */
export function toFollows(v: SentenceView, i: number): boolean {
  // "directed X, who heads the police, to ...", "asked Y, where ..., to ...": a relative clause closed by a comma.
  if (isComma(tok(v, i)) && RELATIVE_OPENERS.has(norm(tok(v, i + 1) ?? v.doc.tokens[v.tokStart]!))) i = relativeEnd(v, i + 2);
  // "urged the envoy, X, to ...": the comma closing an apposition.
  else if (isComma(tok(v, i))) i++;
  if (tok(v, i)?.text === "(") {
    while (i < v.tokEnd && tok(v, i)!.text !== ")") i++;
    i++;
  }
  for (let n = 0; n < 4 && tok(v, i) && norm(tok(v, i)!) !== "to"; n++, i++)
    if (!TIME_WORDS.has(norm(tok(v, i)!)) && !/^\d+$/.test(norm(tok(v, i)!))) return false;
  return norm(tok(v, i) ?? v.doc.tokens[v.tokStart]!) === "to";
}

const RELATIVE_OPENERS = new Set(["who", "which", "where", "whose"]);

/** The token after the comma that closes a relative clause starting at `from` (at most 16 tokens), or `from` when none does. */
function relativeEnd(v: SentenceView, from: number): number {
  for (let i = from; i < v.tokEnd && i < from + 16; i++) {
    const t = tok(v, i)!;
    if (t.text === "." || t.text === ";") return from;
    if (t.text === "," && norm(tok(v, i + 1) ?? t) === "to") return i + 1;
  }
  return from;
}
