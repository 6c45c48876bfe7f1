// Person aliases in police and court reporting: "X alias Y", "X, alias Y", "X a.k.a. Y" -> Y is a name of X only.
import type { MentionSpan } from "../types.js";
import { isCap, type WordContext } from "./words.js";
import { matchTitle } from "./titles.js";

const ALIAS_WORDS = new Set(["alias", "a.k.a.", "a.k.a", "aka"]);
const QUOTES = new Set(['"', "“", "”", "‘", "’", "'"]);

/** Start of the capitalised name ending at tokens[end - 1], titles before it skipped; -1 when none. */
function nameBefore(ctx: WordContext, from: number, end: number): number {
  let a = end;
  while (a - 1 >= from && isCap(ctx.tokens[a - 1]!)) a--;
  if (a === end) return -1;
  for (let m = matchTitle(ctx.tokens, a, end); m > 0 && a + m < end; m = matchTitle(ctx.tokens, a, end)) a += m;
  return a;
}

/**
 * Finds "<Name> [,] alias|a.k.a. [quote] <Alias>" in tokens[from, to) and returns the alias as a
 * Person mention whose canonical name is the full name before it; marks the alias tokens in `taken`.
 */
export function findAliases(ctx: WordContext, from: number, to: number, taken: Uint8Array): MentionSpan[] {
  const { tokens, text } = ctx;
  const out: MentionSpan[] = [];
  for (let i = from + 1; i < to - 1; i++) {
    if (!ALIAS_WORDS.has(tokens[i]!.normal) || /^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const end = tokens[i - 1]!.text === "," ? i - 1 : i;
    const a = nameBefore(ctx, from, end);
    if (a < 0) continue;
    let j = i + 1;
    if (j < to && QUOTES.has(tokens[j]!.text)) j++;
    let k = j;
    while (k < to && k - j < 4 && !taken[k] && isCap(tokens[k]!)) k++;
    if (k === j) continue;
    const name = text.slice(tokens[a]!.start, tokens[end - 1]!.end);
    const start = tokens[j]!.start;
    const stop = tokens[k - 1]!.end;
    out.push({ start, end: stop, text: text.slice(start, stop), entityType: "Person", sentence: tokens[j]!.sentence, source: "alias", confidence: 0.8, canonical: name });
    for (let t = j; t < k; t++) taken[t] = 1;
    i = k;
  }
  return out;
}
