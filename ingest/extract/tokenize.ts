// Tokenizer: words, abbreviations and punctuation with offsets into SourceDocument.text.
import type { Token } from "./types.js";
import { guessTags, lexiconTags } from "./lexicon.js";

/**
 * Initials and dotted abbreviations (U.S., e.g.), then words with inner hyphens/apostrophes or
 * decimal points, then any single non-space character.
 */
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.\d+)*|\S/gu;
/** Lower-case prefixes glued to a name ("non-NATO", "anti-Taliban", "ex-President"). */
const PREFIX_RE = /^(non|anti|pro|ex|post|pre|mid|pan|neo|trans|inter|intra)-(?=\p{Lu})/u;
const POSSESSIVE_RE = /['’]s$/;
/** Words whose 's is "is"/"has"/"us", not a possessive. */
const CONTRACTION_HOSTS = new Set(["it", "he", "she", "that", "there", "what", "who", "here", "let", "where", "how"]);

/** Shape tags added to every token (compromise's tag names where one fits). */
export function shapeTags(text: string): string[] {
  const code = text.charCodeAt(0);
  const ascii = code < 128;
  if (ascii ? code >= 48 && code <= 57 : /^\p{N}/u.test(text)) return ["Value", "NumericValue"];
  const lower = ascii ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(text);
  const upper = !lower && (ascii ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(text));
  if (!lower && !upper) return /^\p{L}/u.test(text) ? [] : ["Punctuation"];
  if (lower) return [];
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase()) return ["Acronym"];
  // "MoD", "DoD": short words with two or more capitals are abbreviations too
  if (letters.length <= 4 && /\p{Lu}$/u.test(letters) && !text.includes("-")) return ["Acronym"];
  return ["TitleCase"];
}

function normalOf(text: string): string {
  const lower = text.toLowerCase();
  const n = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
  return n.endsWith(".") ? n.slice(0, -1) : n;
}

interface WordInfo {
  normal: string;
  tags: readonly string[];
}

/** Per-process cache of a surface word's normal form and tags (news vocabularies repeat a lot). */
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(text: string): WordInfo {
  const hit = wordCache.get(text);
  if (hit) return hit;
  const normal = normalOf(text);
  const tags = shapeTags(text);
  if (tags[0] !== "Punctuation" && tags[0] !== "Value") {
    const lex = lexiconTags(normal);
    if (lex.length) tags.push(...lex);
    else if (tags.length === 0) tags.push(...guessTags(normal));
  }
  const info = { normal, tags };
  if (wordCache.size < WORD_CACHE_LIMIT) wordCache.set(text, info);
  return info;
}

function makeToken(text: string, start: number): Token {
  const { normal, tags } = wordInfo(text);
  return { start, end: start + text.length, text, normal, tags: tags.slice(), sentence: -1 };
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
