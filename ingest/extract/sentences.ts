// Sentence splitter over tokens: terminal punctuation, line breaks, glued "word.Next" joins.
import type { Sentence, Token } from "./types.js";

/** Abbreviations after which a period does not end a sentence. */
const NO_BREAK_AFTER = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "cpl", "pvt",
  "gov", "sen", "rep", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "approx", "dept",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k",
]);
const TERMINAL = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return false;
}

/** True when a sentence ends after tokens[i] (tokens[i+1] exists). */
function endsAfter(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1]!;
  if (hasLineBreak(text, tok.end, next.start)) return true;
  // A quote or bracket closes a sentence only when glued to its end ('."'); after a space it opens the next one.
  const prevTok = tokens[i - 1];
  if (CLOSERS.has(tok.text) && prevTok && TERMINAL.has(prevTok.text) && prevTok.end === tok.start) return !/^\p{Ll}/u.test(next.text);
  if (!TERMINAL.has(tok.text)) return false;
  if (CLOSERS.has(next.text) && next.start === tok.end) return false; // the closer ends it
  if (/^\p{Ll}/u.test(next.text)) return false;
  const prev = tokens[i - 1];
  if (tok.text === "." && prev && prev.end === tok.start) {
    if (NO_BREAK_AFTER.has(prev.normal)) return false;
    if (/^\p{Lu}$/u.test(prev.text)) return false; // an initial: "J. Smith"
  }
  // "incident.Lisbon": glued only when the word before is lower-case prose
  if (next.start === tok.end) return !!prev && /^\p{Ll}{3,}$/u.test(prev.text) && /^\p{Lu}/u.test(next.text);
  return true;
}

/** Splits tokens into sentences and sets each token's `sentence` index. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const last = i === tokens.length - 1;
    if (last || endsAfter(text, tokens, i)) {
      const idx = out.length;
      for (let k = first; k <= i; k++) tokens[k]!.sentence = idx;
      out.push({ start: tokens[first]!.start, end: tokens[i]!.end, tokenStart: first, tokenEnd: i + 1 });
      first = i + 1;
    }
  }
  return out;
}
