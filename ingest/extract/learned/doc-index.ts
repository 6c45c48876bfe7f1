// Per-document lookups the feature extractor needs: token ranges of mentions, entity types, role tokens, rule edges.
import type { EntityType } from "../../../graph/types.js";
import type { AnnotatedDoc, MentionSpan } from "../types.js";

export interface DocIndex {
  doc: AnnotatedDoc;
  types: Map<string, EntityType>;
  /** Tokens inside a title or role phrase (their capitalised words are common nouns, not names). */
  roleTokens: Set<number>;
  /** "head|tail" -> relation types the rules (earlier stages) already produced, anywhere in the document. */
  ruleEdges: Map<string, Set<string>>;
  /** Token range [from, to) of each mention (same index as doc.mentions). */
  ranges: Array<[number, number]>;
  /** Indexes of the resolved mentions of each sentence, in text order. */
  bySentence: Map<number, number[]>;
  /** Feature word, its stem and its trigger hits ("LEADS:noun") of each token, filled on first use. */
  words: Array<string | undefined>;
  stems: Array<string | undefined>;
  triggers: Array<string[] | undefined>;
  /** Per sentence, the token indexes of its trigger words (filled on first use). */
  triggerTokens: Array<number[] | undefined>;
  /** 1 when the token is a lower-case verb, 0 when not, undefined before first use. */
  verbs: Array<number | undefined>;
  /** Content words of each mention's text and the last words of its role title, filled on first use. */
  nameWords: Array<Set<string> | undefined>;
  roleWords: Array<string[] | undefined>;
}

/** Builds the lookups once per document. */
export function indexDoc(doc: AnnotatedDoc): DocIndex {
  const types = new Map<string, EntityType>(doc.entities.map((e) => [e.id, e.entityType]));
  const roleTokens = new Set<number>();
  for (const r of doc.roles ?? []) {
    const [from, to] = tokenRange(doc, r.start, r.end);
    for (let i = from; i < to; i++) roleTokens.add(i);
  }
  const ruleEdges = new Map<string, Set<string>>();
  for (const r of doc.relations) {
    const key = `${r.head}|${r.tail}`;
    (ruleEdges.get(key) ?? ruleEdges.set(key, new Set()).get(key)!).add(r.relation);
  }
  const ranges = doc.mentions.map((m) => tokenRange(doc, m.start, m.end));
  const bySentence = new Map<number, number[]>();
  doc.mentions.forEach((m, i) => {
    if (m.entityId) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(i);
  });
  for (const list of bySentence.values()) list.sort((x, y) => doc.mentions[x]!.start - doc.mentions[y]!.start || x - y);
  return { doc, types, roleTokens, ruleEdges, ranges, bySentence, words: [], stems: [], triggers: [], triggerTokens: [], verbs: [], nameWords: [], roleWords: [] };
}

/** Token index range [from, to) covering the character span (tokens are in text order). */
export function tokenRange(doc: AnnotatedDoc, start: number, end: number): [number, number] {
  const toks = doc.tokens;
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < toks.length && toks[to]!.start < end) to++;
  return [lo, to];
}

/** The entity type of a mention (the resolved entity's, which resolution may have corrected). */
export const typeOf = (ix: DocIndex, m: MentionSpan): EntityType => (m.entityId && ix.types.get(m.entityId)) || m.entityType;
