// Features of a candidate pair: the words and cues around two mentions, with every name replaced by its type.
import type { Token } from "../types.js";
import type { Lexicon } from "../relations/types.js";
import type { DocIndex } from "./doc-index.js";
import { tokenRange, typeOf } from "./doc-index.js";
import type { PairCandidate } from "./types.js";

/** Bump when the features change: a model trained on other features is not used. */
export const FEATURE_VERSION = 2;

/** Experiment switch for training runs. */
export const RULE_FEATURES = { on: false };

/** Tags of words left out of the skeleton. */
const SKIP_TAGS = ["Determiner", "Adjective", "Adverb", "Value"];

const PUNCT = /^[^\p{L}\p{N}]+$/u;
const NUMBER = /^[\p{N}.,%$]+$/u;

/**
 * A token as a feature word: lower case; a capitalised word that is not the sentence's first word nor part of a
 * title becomes "CAP", a number "NUM", so names never enter the model.
 */
export function wordOf(ix: DocIndex, i: number, sentenceFirst: number): string {
  const t: Token = ix.doc.tokens[i]!;
  if (PUNCT.test(t.text)) return t.text === "'s" || t.text === "’s" ? "'s" : t.text.slice(0, 2);
  if (NUMBER.test(t.text)) return "NUM";
  if (/^\p{Lu}/u.test(t.text) && i !== sentenceFirst && !ix.roleTokens.has(i)) return "CAP";
  return (t.normal || t.text.toLowerCase()).replace(/['’]s$/, "");
}

/** Crude lemma for bag-of-words features: plural and verb endings stripped from longer words. */
export function stem(w: string): string {
  if (w.length <= 4 || w === "CAP" || w === "NUM") return w;
  return w.replace(/(?:ing|ed|es|s)$/, "");
}

const bucket = (n: number): string => (n <= 0 ? "0" : n === 1 ? "1" : n === 2 ? "2" : n <= 4 ? "3-4" : n <= 7 ? "5-7" : n <= 12 ? "8-12" : "13+");

/**
 * The binary features of one pair (deduplicated, in a stable order).
 * @example pairFeatures(ix, lex, pair) // ["tp=Person>Organization", "b=of", ...]
 */
export function pairFeatures(ix: DocIndex, lex: Lexicon, c: PairCandidate): string[] {
  const { doc } = ix;
  const a = doc.mentions[c.first]!, b = doc.mentions[c.second]!;
  const s = doc.sentences[c.sentence]!;
  const ta = typeOf(ix, a), tb = typeOf(ix, b);
  const tp = `${ta}>${tb}`;
  const [a0, a1] = tokenRange(doc, a.start, a.end);
  const [b0, b1] = tokenRange(doc, b.start, b.end);
  const f = new Set<string>([`tp=${tp}`]);
  // Tokens between, other mentions collapsed to <Type>.
  const between: string[] = [];
  const mentionStarts = new Map<number, [number, string]>();
  for (const m of doc.mentions) {
    if (m.sentence !== c.sentence || !m.entityId || m.start < a.end || m.end > b.start) continue;
    const [m0, m1] = tokenRange(doc, m.start, m.end);
    if (m1 > m0 && !mentionStarts.has(m0)) mentionStarts.set(m0, [m1, `<${typeOf(ix, m)}>`]);
  }
  let mids = 0, verbs = 0;
  // The skeleton: the words between without determiners, adjectives, adverbs and numbers, runs of CAP as one.
  const skeleton: string[] = [];
  for (let i = a1; i < b0; ) {
    const m = mentionStarts.get(i);
    if (m) {
      between.push(m[1]);
      skeleton.push(m[1]);
      f.add(`midT=${m[1]}`);
      mids++;
      i = m[0];
      continue;
    }
    const w = wordOf(ix, i, s.tokenStart);
    between.push(w);
    const tags = doc.tokens[i]!.tags;
    if (tags.includes("Verb") && w !== "CAP") verbs++;
    if (!SKIP_TAGS.some((t) => tags.includes(t)) && !(w === "CAP" && skeleton[skeleton.length - 1] === "CAP")) skeleton.push(w === "CAP" ? w : stem(w));
    i++;
  }
  const sk = skeleton.length <= 6 ? skeleton.join(" ") : `${skeleton.slice(0, 3).join(" ")} .. ${skeleton.slice(-3).join(" ")}`;
  f.add(`sk=${sk}`).add(`tsk=${tp}|${sk}`).add(`v=${Math.min(verbs, 2)}`).add(`tv=${tp}|${Math.min(verbs, 2)}`);
  f.add(`d=${bucket(between.length)}`);
  f.add(`tpd=${tp}|${bucket(between.length)}`);
  f.add(`mid=${Math.min(mids, 3)}`);
  // Words near each end carry the construction; the middle of a long gap is mostly noise.
  between.forEach((w, i) => {
    const st = stem(w);
    if (between.length <= 8) f.add(`b=${st}`).add(`tb=${tp}|${st}`);
    if (i < 4) f.add(`nf=${st}`).add(`tnf=${tp}|${st}`);
    if (i >= between.length - 4) f.add(`ns=${st}`).add(`tns=${tp}|${st}`);
  });
  if (between.length <= 5) {
    f.add(`bs=${between.join(" ")}`);
    f.add(`tbs=${tp}|${between.join(" ")}`);
  }
  if (between.length) {
    f.add(`b0=${between[0]}`);
    f.add(`bl=${between[between.length - 1]}`);
    f.add(`tb0=${tp}|${between[0]}`);
  }
  // Context outside the pair.
  const l1 = a0 - 1 >= s.tokenStart ? wordOf(ix, a0 - 1, s.tokenStart) : "^";
  const l2 = a0 - 2 >= s.tokenStart ? wordOf(ix, a0 - 2, s.tokenStart) : "^";
  const r1 = b1 < s.tokenEnd ? wordOf(ix, b1, s.tokenStart) : "$";
  const r2 = b1 + 1 < s.tokenEnd ? wordOf(ix, b1 + 1, s.tokenStart) : "$";
  f.add(`l1=${l1}`).add(`l12=${l2} ${l1}`).add(`r1=${r1}`).add(`r12=${r1} ${r2}`);
  f.add(`tl1=${tp}|${l1}`).add(`tr1=${tp}|${r1}`);
  // Clause position: is there a verb before the first mention (then it is rarely the subject), and is it the sentence's first name.
  let verbBefore = 0;
  for (let i = s.tokenStart; i < a0; i++) if (doc.tokens[i]!.tags.includes("Verb") && !/^\p{Lu}/u.test(doc.tokens[i]!.text)) verbBefore = 1;
  const firstName = !doc.mentions.some((m) => m.sentence === c.sentence && m.entityId && m.end <= a.start);
  f.add(`vb=${tp}|${verbBefore}`).add(`fn=${tp}|${firstName ? 1 : 0}`);
  // Trigger words of the schema lexicon, by side.
  addTriggers(f, ix, lex, "trL", s.tokenStart, a0, tp);
  addTriggers(f, ix, lex, "trB", a1, b0, tp);
  addTriggers(f, ix, lex, "trR", b1, s.tokenEnd, tp);
  if (a.role) f.add(`roleA=${tp}`);
  if (b.role) f.add(`roleB=${tp}`);
  // Role words next to the mentions ("Chief", "spokesman").
  for (const [side, m] of [["ra", a], ["rb", b]] as const)
    if (m.role) for (const w of m.role.toLowerCase().split(/\s+/).slice(-2)) f.add(`${side}=${w}`);
  // A shared word ("<X> University" and "<X>"): often a part or a location.
  if (sharesWord(a.text, b.text)) f.add(`share=${tp}`);
  // What the rules already said about the pair (off by default: the model then leans on them instead of words).
  if (RULE_FEATURES.on) {
    for (const r of ix.ruleEdges.get(`${c.firstId}|${c.secondId}`) ?? []) f.add(`rule=${r}>`);
    for (const r of ix.ruleEdges.get(`${c.secondId}|${c.firstId}`) ?? []) f.add(`rule=${r}<`);
  }
  return [...f];
}

function addTriggers(f: Set<string>, ix: DocIndex, lex: Lexicon, side: string, from: number, to: number, tp: string): void {
  for (let i = from; i < to; i++) {
    const t = ix.doc.tokens[i]!;
    const trigs = lex.triggers.get(t.normal || t.text.toLowerCase());
    if (!trigs) continue;
    for (const g of trigs) {
      f.add(`${side}=${g.relation}:${g.kind}`);
      f.add(`t${side}=${tp}|${g.relation}`);
    }
  }
}

const STOP = new Set(["the", "of", "and", "for", "in", "al", "el"]);

function sharesWord(x: string, y: string): boolean {
  const wx = new Set(x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)));
  return y.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => wx.has(w));
}
