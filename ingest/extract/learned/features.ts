// Features of a candidate pair: the words and cues around two mentions, with every name replaced by its type.
import type { EntityType } from "../../../graph/types.js";
import type { Token } from "../types.js";
import type { Lexicon } from "../relations/types.js";
import type { DocIndex } from "./doc-index.js";
import { typeOf } from "./doc-index.js";
import type { PairCandidate } from "./types.js";

/** Bump when the features change: a model trained on other features is not used. */
export const FEATURE_VERSION = 4;

/**
 * Receives each feature as a slot ("nf", or "tnf:Person>Organization" for one joined with the pair's types) and a
 * value ("of"); the feature's name is `${slot}=${value}`. Slots and token words are cached strings, so a model can
 * look them up without building new strings (see model.ts).
 */
export type FeatureSink = (slot: string, value: string) => void;

/**
 * The engine's canonical copy of a string (property keys are interned): lookups of interned keys in the model's
 * maps compare pointers instead of characters, which made the stage three times cheaper.
 */
export function intern(s: string): string {
  const o: Record<string, 0> = { [s]: 0 };
  for (const k in o) return k;
  return s;
}

/** Tags of words left out of the skeleton. */
const SKIP_TAGS = ["Determiner", "Adjective", "Adverb", "Value"];

const PUNCT = /^[^\p{L}\p{N}]+$/u;
const NUMBER = /^[\p{N}.,%$]+$/u;

/**
 * A token as a feature word: lower case; a capitalised word that is not the sentence's first word nor part of a
 * title becomes "CAP", a number "NUM", so names never enter the model.
 */
export function wordOf(ix: DocIndex, i: number, sentenceFirst: number): string {
  return (ix.words[i] ??= intern(tokenWord(ix, i, sentenceFirst)));
}

function tokenWord(ix: DocIndex, i: number, sentenceFirst: number): string {
  const t: Token = ix.doc.tokens[i]!;
  const c = t.text.charCodeAt(0);
  // Most tokens are lower-case words: decided by the first character without a regular expression.
  if (c >= 97 && c <= 122) return t.normal.endsWith("'s") ? t.normal.slice(0, -2) : t.normal || t.text.toLowerCase();
  if (PUNCT.test(t.text)) return t.text === "'s" || t.text === "’s" ? "'s" : t.text.slice(0, 2);
  if (NUMBER.test(t.text)) return "NUM";
  if (/^\p{Lu}/u.test(t.text) && i !== sentenceFirst && !ix.roleTokens.has(i)) return "CAP";
  return (t.normal || t.text.toLowerCase()).replace(/['’]s$/, "");
}

/** Crude lemma for bag-of-words features: plural and verb endings stripped from longer words. */
export function stem(w: string): string {
  if (w.length <= 4 || w === "CAP" || w === "NUM" || w.startsWith("<")) return w;
  return w.replace(/(?:ing|ed|es|s)$/, "");
}

const COUNTS = ["0", "1", "2"];
const BUCKETS = ["0", "1", "2", "3-4", "3-4", "5-7", "5-7", "5-7", "8-12"];
const bucket = (n: number): string => BUCKETS[n] ?? (n <= 12 ? "8-12" : "13+");

/** Slot names joined with a type pair ("tnf:Person>Organization"), built once per type pair. */
const TYPED = ["tsk", "tv", "tpd", "tnf", "tns", "tbs", "tb0", "tl1", "tr1", "vb", "fn", "ttrL", "ttrB", "ttrR"] as const;
type TypedSlots = Record<(typeof TYPED)[number], string>;
const SLOTS = new Map<string, TypedSlots>();
function slotsOf(tp: string): TypedSlots {
  let m = SLOTS.get(tp);
  if (!m) SLOTS.set(tp, (m = Object.fromEntries(TYPED.map((p) => [p, intern(`${p}:${tp}`)])) as TypedSlots));
  return m;
}
const TYPE_PAIRS = new Map<string, string>();
function typePair(a: EntityType, b: EntityType): string {
  const k = a + b;
  let s = TYPE_PAIRS.get(k);
  if (!s) TYPE_PAIRS.set(k, (s = intern(`${a}>${b}`)));
  return s;
}
const TYPE_TOKENS = new Map<string, string>();
function typeToken(t: string): string {
  let s = TYPE_TOKENS.get(t);
  if (!s) TYPE_TOKENS.set(t, (s = intern(`<${t}>`)));
  return s;
}

/**
 * The features of one pair, as `slot=value` strings (training; the same order every time).
 * @example pairFeatures(ix, lex, pair) // ["tp=Person>Organization", "nf=of", ...]
 */
export function pairFeatures(ix: DocIndex, lex: Lexicon, c: PairCandidate): string[] {
  const out: string[] = [];
  emitFeatures(ix, lex, c, (slot, value) => out.push(`${slot}=${value}`));
  return out;
}

/** Sends the features of one pair to `sink` (see FeatureSink). */
export function emitFeatures(ix: DocIndex, lex: Lexicon, c: PairCandidate, sink: FeatureSink): void {
  const { doc } = ix;
  const a = doc.mentions[c.first]!, b = doc.mentions[c.second]!;
  const s = doc.sentences[c.sentence]!;
  const tp = typePair(typeOf(ix, a), typeOf(ix, b));
  const [a0, a1] = ix.ranges[c.first]!;
  const [b0, b1] = ix.ranges[c.second]!;
  const inSentence = ix.bySentence.get(c.sentence) ?? [];
  const slot = slotsOf(tp);
  sink("tp", tp);
  // Tokens between, other mentions collapsed to <Type>; the skeleton drops determiners, adjectives, adverbs
  // and numbers and keeps one CAP per run.
  const between: string[] = [];
  const skeleton: string[] = [];
  let mids = 0, verbs = 0, next = 0;
  for (let i = a1; i < b0; ) {
    while (next < inSentence.length && ix.ranges[inSentence[next]!]![0] < i) next++;
    const k = inSentence[next];
    if (k !== undefined && ix.ranges[k]![0] === i && ix.ranges[k]![1] > i && doc.mentions[k]!.end <= b.start) {
      const w = typeToken(typeOf(ix, doc.mentions[k]!));
      between.push(w);
      skeleton.push(w);
      sink("midT", w);
      mids++;
      i = ix.ranges[k]![1];
      continue;
    }
    const w = stemAt(ix, i, s.tokenStart);
    between.push(w);
    if (isVerb(ix, i)) verbs++;
    const tags = doc.tokens[i]!.tags;
    if (!SKIP_TAGS.some((t) => tags.includes(t)) && !(w === "CAP" && skeleton[skeleton.length - 1] === "CAP")) skeleton.push(w);
    i++;
  }
  const n = between.length;
  const sk = skeleton.length <= 6 ? skeleton.join(" ") : `${skeleton.slice(0, 3).join(" ")} .. ${skeleton.slice(-3).join(" ")}`;
  sink(slot.tsk, sk);
  sink(slot.tv, verbs > 1 ? "2" : verbs ? "1" : "0");
  sink(slot.tpd, bucket(n));
  sink("mid", COUNTS[mids] ?? "3");
  // Words near each end carry the construction; the middle of a long gap is mostly noise.
  for (let i = 0; i < n; i++) {
    const w = between[i]!;
    if (i < 4) sink(slot.tnf, w);
    if (i >= n - 4) sink(slot.tns, w);
  }
  if (n && n <= 5) sink(slot.tbs, between.join(" "));
  if (n) {
    sink("b0", between[0]!);
    sink("bl", between[n - 1]!);
    sink(slot.tb0, between[0]!);
  }
  // Context outside the pair.
  const l1 = a0 - 1 >= s.tokenStart ? wordOf(ix, a0 - 1, s.tokenStart) : "^";
  const r1 = b1 < s.tokenEnd ? wordOf(ix, b1, s.tokenStart) : "$";
  sink("l1", l1);
  sink("r1", r1);
  sink(slot.tl1, l1);
  sink(slot.tr1, r1);
  // Clause position: a verb before the first mention (then it is rarely the subject); the sentence's first name.
  let verbBefore = "0";
  for (let i = s.tokenStart; i < a0; i++)
    if (isVerb(ix, i)) {
      verbBefore = "1";
      break;
    }
  sink(slot.vb, verbBefore);
  sink(slot.fn, inSentence[0] === c.first ? "1" : "0");
  // Trigger words of the schema lexicon, by side.
  addTriggers(sink, ix, lex, "trL", s.tokenStart, a0, slot.ttrL);
  addTriggers(sink, ix, lex, "trB", a1, b0, slot.ttrB);
  addTriggers(sink, ix, lex, "trR", b1, s.tokenEnd, slot.ttrR);
  // Role words next to the mentions ("Chief", "spokesman").
  if (a.role) sink("roleA", tp);
  if (b.role) sink("roleB", tp);
  for (const w of roleWords(ix, c.first)) sink("ra", w);
  for (const w of roleWords(ix, c.second)) sink("rb", w);
  // A shared word ("<X> University" and "<X>"): often a part or a location.
  if (sharesWord(ix, c.first, c.second)) sink("share", tp);
}

function addTriggers(sink: FeatureSink, ix: DocIndex, lex: Lexicon, side: string, from: number, to: number, typedSlot: string): void {
  for (const i of triggerTokens(ix, lex, ix.doc.tokens[from]?.sentence ?? -1)) {
    if (i < from || i >= to) continue;
    const hits = ix.triggers[i]!;
    for (let h = 0; h < hits.length; h += 2) {
      sink(side, hits[h]!);
      sink(typedSlot, hits[h + 1]!);
    }
  }
}

const NONE: number[] = [];

/** Token indexes of the sentence's trigger words, their hits ("LEADS:noun", "LEADS", ...) cached per token. */
function triggerTokens(ix: DocIndex, lex: Lexicon, sentence: number): number[] {
  const s = ix.doc.sentences[sentence];
  if (!s) return NONE;
  let list = ix.triggerTokens[sentence];
  if (list) return list;
  list = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = ix.doc.tokens[i]!;
    const trigs = lex.triggers.get(t.normal || t.text.toLowerCase());
    if (!trigs) continue;
    ix.triggers[i] = trigs.flatMap((g) => [intern(`${g.relation}:${g.kind}`), intern(g.relation)]);
    list.push(i);
  }
  return (ix.triggerTokens[sentence] = list);
}

/** A lower-case verb (cached per token). */
function isVerb(ix: DocIndex, i: number): boolean {
  const t = ix.doc.tokens[i]!;
  return (ix.verbs[i] ??= t.tags.includes("Verb") && !/^\p{Lu}/u.test(t.text) ? 1 : 0) === 1;
}

const stemAt = (ix: DocIndex, i: number, sentenceFirst: number): string => (ix.stems[i] ??= intern(stem(wordOf(ix, i, sentenceFirst))));

const STOP = new Set(["the", "of", "and", "for", "in", "al", "el"]);

/** The content words of a mention's text (cached per mention). */
function nameWords(ix: DocIndex, k: number): Set<string> {
  return (ix.nameWords[k] ??= new Set(ix.doc.mentions[k]!.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w))));
}

function sharesWord(ix: DocIndex, x: number, y: number): boolean {
  const wx = nameWords(ix, x);
  for (const w of nameWords(ix, y)) if (wx.has(w)) return true;
  return false;
}

/** The last two words of a mention's role title, lower case (cached per mention). */
function roleWords(ix: DocIndex, k: number): string[] {
  const role = ix.doc.mentions[k]!.role;
  return role ? (ix.roleWords[k] ??= role.toLowerCase().split(/\s+/).slice(-2).map(intern)) : [];
}
