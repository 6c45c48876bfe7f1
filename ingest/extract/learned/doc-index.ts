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
  return { doc, types, roleTokens, ruleEdges };
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
