// Word-level tests shared by the recognizers: capitalisation, common words, sentence starts.
import type { Token } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import { guessTags, lexiconTags } from "../lexicon.js";

/** Tags that mark a word as a name (so it is not a common word even when capitalised). */
const PROPER = new Set(["ProperNoun", "Person", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "City", "Country", "Region", "Organization", "SportsTeam", "Demonym"]);
const DATE_TAGS = new Set(["Month", "WeekDay", "Holiday", "Date"]);
const OPENERS = new Set(["“", '"', "‘", "(", "[", ":", "—", "–", "-", "•", "*"]);

/** Per-document facts the recognizers consult. */
export interface WordContext {
  text: string;
  tokens: Token[];
  /** Words that occur in lower case somewhere in the document (so they are ordinary words here). */
  lowerWords: Set<string>;
  /** First token index of the sentence each token is in. */
  sentenceStart: (i: number) => number;
}

/** Arabic article glued to a name: "al-Budaiwi", "el-Sisi", "ad-Din". */
const ARTICLE_NAME_RE = /^(?:al|el|ad|ash|as|at|az|ar|an|ul|ud|wal)-\p{Lu}\p{Ll}/u;
/** A lower-case tail after a hyphen that is an English word or shaped like one ("Iran-backed", "Kyiv-based", "EU-wide"). */
const WORD_TAIL_RE = /-(\p{Ll}+)$/u;

function ordinaryTail(text: string): boolean {
  const tail = WORD_TAIL_RE.exec(text)?.[1];
  if (!tail) return false;
  return lexiconTags(tail).length > 0 || /(?:ed|ing|ic|ist|ian|ese|ish|wide|style|born|run|made|led)$/.test(tail) || tail.length > 6;
}

/** A name word that is not capitalised itself: "al-Budaiwi" (only inside or at the end of a name). */
export function isArticleName(t: Token): boolean {
  return ARTICLE_NAME_RE.test(t.text) && !ordinaryTail(t.text); // not "al-X-linked"
}

export function isCap(t: Token): boolean {
  if (!t.tags.includes("TitleCase") && !t.tags.includes("Acronym")) return false;
  if (t.tags.some((x) => DATE_TAGS.has(x))) return false;
  if (ordinaryTail(t.text)) return false; // "Iran-backed", "Kyiv-based"; not "Yong-hyun"
  if (/^[A-PR-Z]\d{2,3}$/.test(t.text)) return true; // "M23", "G20": a letter and a number name a group or forum
  if (t.text.length === 1 || /\d/.test(t.text)) return false; // "X", "COVID-19", "F-35"
  return !cues().notEntities.has(t.normal);
}

export function hasProperTag(t: Token): boolean {
  return t.tags.some((x) => PROPER.has(x));
}

/** True when the token starts a sentence, a quotation or a parenthesis (capitalised for syntax, not as a name). */
export function isInitial(ctx: WordContext, i: number): boolean {
  if (i === ctx.sentenceStart(i)) return true;
  const prev = ctx.tokens[i - 1];
  return !!prev && OPENERS.has(prev.text);
}

/** An ordinary English word (known to the lexicon as a non-name, used in lower case here, or shaped like one). */
export function isCommonWord(ctx: WordContext, t: Token, guess = true): boolean {
  const c = cues();
  if (c.groupNouns.has(t.normal) || c.groupNounsWhenArmed.has(t.normal)) return true;
  const lex = lexiconTags(t.normal);
  if (lex.length) return !lex.some((x) => PROPER.has(x));
  if (ctx.lowerWords.has(t.normal)) return true;
  if (!guess) return false;
  const shape = guessTags(t.normal)[0];
  return shape === "Adjective" || shape === "Adverb" || shape === "Gerund" || shape === "PastTense";
}

/** Words in lower case anywhere in the document. */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(t.text)) out.add(t.normal);
  }
  return out;
}
