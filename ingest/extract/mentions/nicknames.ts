// Person names with a quoted nickname inside: Given "Nick Name" Surname -> one person, canonical without the nickname.
import type { MentionSpan } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import { isCap, isCommonWord, type WordContext } from "./words.js";

const OPEN = new Set(['"', "“", "‘", "'"]);
const CLOSE = new Set(['"', "”", "’", "'"]);

/** A capitalised word that can be part of a personal name (not a title, organisation or ordinary word). */
function nameWord(ctx: WordContext, i: number): boolean {
  const t = ctx.tokens[i];
  const c = cues();
  return !!t && isCap(t) && !t.tags.includes("Acronym") && !isCommonWord(ctx, t, false) && !c.titleHeads.has(t.normal) && !c.orgHeads.has(t.normal);
}

/** Finds `Given "Nick" Surname` in tokens[from, to) and marks its tokens in `taken`. */
export function findNicknamed(ctx: WordContext, from: number, to: number, taken: Uint8Array): MentionSpan[] {
  const { tokens, text } = ctx;
  const out: MentionSpan[] = [];
  for (let q = from + 1; q < to - 3; q++) {
    if (!OPEN.has(tokens[q]!.text) || !nameWord(ctx, q - 1) || taken[q - 1]) continue;
    let k = q + 1;
    while (k < to && k - q <= 3 && isCap(tokens[k]!)) k++;
    if (k === q + 1 || k >= to || !CLOSE.has(tokens[k]!.text) || !nameWord(ctx, k + 1)) continue;
    let a = q - 1;
    while (a - 1 >= from && nameWord(ctx, a - 1) && !taken[a - 1] && q - a < 3) a--;
    let b = k + 2;
    while (b < to && nameWord(ctx, b) && b - k < 3) b++;
    const given = text.slice(tokens[a]!.start, tokens[q - 1]!.end);
    const surname = text.slice(tokens[k + 1]!.start, tokens[b - 1]!.end);
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    out.push({ start, end, text: text.slice(start, end), entityType: "Person", sentence: tokens[a]!.sentence, source: "nicknamed", confidence: 0.8, canonical: `${given} ${surname}` });
    for (let t = a; t < b; t++) taken[t] = 1;
    q = b;
  }
  return out;
}
