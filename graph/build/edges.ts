// Edge merging across documents: one edge per (relation, head, tail), symmetric ends sorted.
import type { Evidence, KgEdgeAttributes } from "../types.js";
import type { DocRecord } from "./records.js";

export interface MergedEdge {
  key: string;
  source: string;
  target: string;
  attributes: KgEdgeAttributes;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges relations into edges keyed `${relation}:${head}->${tail}` (or `--` with sorted ends when symmetric);
 * `records` sorted by document id, their entities already merged (`key` set).
 */
export function mergeEdges(records: DocRecord[], symmetric: Set<string>): MergedEdge[] {
  interface Acc { source: string; target: string; relation: string; evidence: Evidence[]; docs: Set<string>; miss: number; dates: Set<string> }
  const acc = new Map<string, Acc>();
  for (const x of records) {
    for (const r of x.relations) {
      let head = r.head.key;
      let tail = r.tail.key;
      if (!head || !tail || head === tail) continue;
      const sym = symmetric.has(r.relation);
      if (sym && tail < head) [head, tail] = [tail, head];
      const key = `${r.relation}:${head}${sym ? "--" : "->"}${tail}`;
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { source: head, target: tail, relation: r.relation, evidence: [], docs: new Set(), miss: 1, dates: new Set() }));
      a.evidence.push(r.evidence); // already with the relation's date (records.ts)
      a.docs.add(x.doc.id);
      a.miss *= 1 - r.confidence;
      if (r.date) a.dates.add(r.date);
      if (r.evidence.date) a.dates.add(r.evidence.date);
    }
  }
  const out: MergedEdge[] = [];
  for (const [key, a] of acc) {
    a.evidence.sort((p, q) => byText(p.doc, q.doc) || p.start - q.start || p.end - q.end || byText(p.trigger ?? "", q.trigger ?? ""));
    const attributes: KgEdgeAttributes = {
      relation: a.relation,
      evidence: a.evidence,
      docCount: a.docs.size,
      confidence: Math.round(Math.min(0.99, 1 - a.miss) * 1000) / 1000,
    };
    if (a.dates.size) attributes.dates = [...a.dates].sort();
    if (symmetric.has(a.relation)) attributes.symmetric = true;
    out.push({ key, source: a.source, target: a.target, attributes });
  }
  return out.sort((p, q) => byText(p.key, q.key));
}
