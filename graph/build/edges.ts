// Edge merging across documents: one edge per (relation, head, tail), symmetric ends sorted.
import type { Evidence, KgEdgeAttributes } from "../types.js";
import { EVIDENCE_BYTES, type Folded } from "./folded.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The merged edges, sorted by key, each with its relations (indexes into `Folded`'s relation columns). */
export interface EdgeIndex {
  keys: string[];
  source: string[];
  target: string[];
  /** Relations of edge i: `relations.subarray(start[i], start[i + 1])`, in document order. */
  start: Int32Array;
  relations: Int32Array;
}

/**
 * Groups relations into edges keyed `${relation}:${head}->${tail}` (or `--` with sorted ends when
 * symmetric); `nodeOf(occurrence)` is the occurrence's node key; `docRank` orders document ids.
 */
export function indexEdges(f: Folded, nodeOf: (occurrence: number) => string, symmetric: Set<string>, docRank: Int32Array): EdgeIndex {
  const ids = new Map<string, number>();
  const source: string[] = [];
  const target: string[] = [];
  const edgeOf = new Int32Array(f.relations).fill(-1);
  const counts: number[] = [];
  for (let r = 0; r < f.relations; r++) {
    let head = nodeOf(f.rHead.at(r));
    let tail = nodeOf(f.rTail.at(r));
    if (head === tail) continue;
    const relation = f.strings.get(f.rRelation.at(r))!;
    const sym = symmetric.has(relation);
    if (sym && tail < head) [head, tail] = [tail, head];
    const key = `${relation}:${head}${sym ? "--" : "->"}${tail}`;
    let e = ids.get(key);
    if (e === undefined) {
      ids.set(key, (e = source.length));
      source.push(head);
      target.push(tail);
      counts.push(0);
    }
    edgeOf[r] = e;
    counts[e]!++;
  }
  const keys = [...ids.keys()];
  ids.clear();
  const order = keys.map((_, i) => i).sort((a, b) => byText(keys[a]!, keys[b]!));
  const rankOf = new Int32Array(keys.length);
  order.forEach((e, i) => (rankOf[e] = i));
  const start = new Int32Array(keys.length + 1);
  for (let i = 0; i < order.length; i++) start[i + 1] = start[i]! + counts[order[i]!]!;
  const fill = start.slice(0, keys.length);
  const relations = new Int32Array(start[keys.length]!);
  for (let r = 0; r < f.relations; r++) if (edgeOf[r]! >= 0) relations[fill[rankOf[edgeOf[r]!]!]!++] = r;
  for (let i = 0; i < keys.length; i++) {
    // documents sorted by id (stable: relations of one document in the order they were added)
    relations.subarray(start[i], start[i + 1]).sort((a, b) => docRank[f.rDoc.at(a)]! - docRank[f.rDoc.at(b)]! || a - b);
  }
  return { keys: order.map((e) => keys[e]!), source: order.map((e) => source[e]!), target: order.map((e) => target[e]!), start, relations };
}

/** Attributes of edge `i`: evidence sorted by (doc, start, end, trigger), docCount, confidence, dates. */
export function edgeAttributes(f: Folded, edges: EdgeIndex, i: number, symmetric: Set<string>, docRank: Int32Array): KgEdgeAttributes {
  const rels = edges.relations.subarray(edges.start[i], edges.start[i + 1]);
  const relation = f.strings.get(f.rRelation.at(rels[0]!))!;
  const docs = new Set<number>();
  const dates = new Set<string>();
  let miss = 1;
  const evidence: Array<{ e: Evidence; rank: number }> = [];
  for (const r of rels) {
    docs.add(f.rDoc.at(r));
    miss *= 1 - f.rConfidence.at(r);
    const rDate = f.strings.get(f.rDate.at(r));
    if (rDate) dates.add(rDate);
    const bytes = f.spool.view(f.rEvidence.at(r), EVIDENCE_BYTES); // decoded before the text is read
    const doc = bytes.readInt32LE(0);
    const text = bytes.readInt32LE(4);
    const trigger = f.strings.get(bytes.readInt32LE(8));
    const date = f.strings.get(bytes.readInt32LE(12));
    const e: Evidence = { doc: f.docIds.get(doc)!, start: bytes.readDoubleLE(16), end: bytes.readDoubleLE(24) };
    if (text >= 0) e.text = f.texts.get(text);
    if (trigger !== undefined) e.trigger = trigger;
    if (date !== undefined) e.date = date;
    if (date) dates.add(date);
    evidence.push({ e, rank: docRank[doc]! });
  }
  evidence.sort((p, q) => p.rank - q.rank || p.e.start - q.e.start || p.e.end - q.e.end || byText(p.e.trigger ?? "", q.e.trigger ?? ""));
  const attributes: KgEdgeAttributes = {
    relation,
    evidence: evidence.map((x) => x.e),
    docCount: docs.size,
    confidence: Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000,
  };
  if (dates.size) attributes.dates = [...dates].sort();
  if (symmetric.has(relation)) attributes.symmetric = true;
  return attributes;
}
