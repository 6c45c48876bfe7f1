// Tokenizer: words, abbreviations and punctuation with offsets into SourceDocument.text.
import type { Token } from "./types.js";
import { guessTags, lexiconTags } from "./lexicon.js";

/**
 * Initials and dotted abbreviations (U.S., e.g.), then words with inner hyphens/apostrophes or
 * decimal points, then any single non-space character.
 */
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.\d+)*|\S/gu;
/** Lower-case prefixes glued to a name ("non-China", "anti-Taliban", "ex-President"). */
const PREFIX_RE = /^(non|anti|pro|ex|post|pre|mid|pan|neo|trans|inter|intra)-(?=\p{Lu})/u;
const POSSESSIVE_RE = /['’]s$/;
/** Words whose 's is "is"/"has"/"us", not a possessive. */
const CONTRACTION_HOSTS = new Set(["it", "he", "she", "that", "there", "what", "who", "here", "let", "where", "how"]);

/** Shape tags added to every token (compromise's tag names where one fits). */
export function shapeTags(text: string): string[] {
  const first = text.charAt(0);
  if (/^\p{N}/u.test(first)) return ["Value", "NumericValue"];
  if (!/^\p{L}/u.test(first)) return ["Punctuation"];
  const tags: string[] = [];
  if (/^\p{Lu}/u.test(first)) {
    const letters = text.replace(/[^\p{L}]/gu, "");
    if (letters.length >= 2 && letters === letters.toUpperCase()) tags.push("Acronym");
    else tags.push("TitleCase");
  }
  return tags;
}

function normalOf(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\.$/, "");
}

function makeToken(text: string, start: number): Token {
  const normal = normalOf(text);
  const tags = shapeTags(text);
  if (tags[0] !== "Punctuation" && tags[0] !== "Value") {
    const lex = lexiconTags(normal);
    if (lex.length) tags.push(...lex);
    else if (/^\p{Ll}/u.test(text)) tags.push(...guessTags(normal));
  }
  return { start, end: start + text.length, text, normal, tags, sentence: -1 };
}

/** Tokens of text[start, end); possessive 's and name prefixes become their own tokens. */
export function tokenizeRange(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    let word = m[0];
    let at = start + m.index!;
    const prefix = PREFIX_RE.exec(word);
    if (prefix) {
      out.push(makeToken(word.slice(0, prefix[0].length), at));
      at += prefix[0].length;
      word = word.slice(prefix[0].length);
    }
    if (word.length > 2 && POSSESSIVE_RE.test(word)) {
      out.push(makeToken(word.slice(0, -2), at));
      const pos = makeToken(word.slice(-2), at + word.length - 2);
      if (!CONTRACTION_HOSTS.has(normalOf(word.slice(0, -2)))) pos.tags.push("Possessive");
      out.push(pos);
    } else out.push(makeToken(word, at));
  }
  return out;
}
