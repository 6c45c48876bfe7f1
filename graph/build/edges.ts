// Edge merging across documents: one edge per (relation, head, tail), symmetric ends sorted.
import type { Evidence, KgEdgeAttributes } from "../types.js";
import { EVIDENCE_BYTES, type Folded } from "./folded.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The merged edges, sorted by key, each with its relations (indexes into `Folded`'s relation columns). */
export interface EdgeIndex {
  /** Ends of edge i as node indexes (into the sorted node keys), and its relation's name. */
  source: Int32Array;
  target: Int32Array;
  relation: string[];
  /** Relations of edge i: `relations.subarray(start[i], start[i + 1])`, in document order. */
  start: Int32Array;
  relations: Int32Array;
}

/** The key of an edge, `${relation}:${source}${"->" or "--"}${target}`, in five parts (never built as a string). */
type KeyParts = [string, string, string, string, string];

/** Compares the concatenations of two part lists as `a < b` would compare the joined strings. */
function compareJoined(a: KeyParts, b: KeyParts): number {
  let i = 0, ia = 0, j = 0, jb = 0; // prettier-ignore
  for (;;) {
    while (i < 5 && ia >= a[i]!.length) [i, ia] = [i + 1, 0];
    while (j < 5 && jb >= b[j]!.length) [j, jb] = [j + 1, 0];
    if (i === 5 || j === 5) return (i === 5 ? 0 : 1) - (j === 5 ? 0 : 1);
    const d = a[i]!.charCodeAt(ia++) - b[j]!.charCodeAt(jb++);
    if (d) return d;
  }
}

/**
 * Groups relations into edges keyed `${relation}:${head}->${tail}` (or `--` with sorted ends when
 * symmetric), sorted by key; `nodeOf(occurrence)` is the occurrence's node index into `keys` (sorted node
 * keys); `docRank` orders document ids. Works on numbers: no key strings, no map of edges.
 */
export function indexEdges(f: Folded, keys: string[], nodeOf: (occurrence: number) => number, symmetric: Set<string>, docRank: Int32Array): EdgeIndex {
  const heads = new Int32Array(f.relations);
  const tails = new Int32Array(f.relations);
  const kept: number[] = [];
  for (let r = 0; r < f.relations; r++) {
    let head = nodeOf(f.rHead.at(r));
    let tail = nodeOf(f.rTail.at(r));
    if (head === tail) continue;
    if (symmetric.has(f.strings.get(f.rRelation.at(r))!) && tail < head) [head, tail] = [tail, head]; // node order is key order
    heads[r] = head;
    tails[r] = tail;
    kept.push(r);
  }
  // one run per edge: relations with the same (relation, head, tail), documents sorted by id, then as added
  const order = Int32Array.from(kept).sort(
    (a, b) => f.rRelation.at(a) - f.rRelation.at(b) || heads[a]! - heads[b]! || tails[a]! - tails[b]! || docRank[f.rDoc.at(a)]! - docRank[f.rDoc.at(b)]! || a - b,
  );
  const runs: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const r = order[i]!;
    const p = order[i - 1];
    if (p === undefined || f.rRelation.at(p) !== f.rRelation.at(r) || heads[p] !== heads[r] || tails[p] !== tails[r]) runs.push(i);
  }
  runs.push(order.length);
  const parts = (run: number): KeyParts => {
    const r = order[runs[run]!]!;
    const relation = f.strings.get(f.rRelation.at(r))!;
    return [relation, ":", keys[heads[r]!]!, symmetric.has(relation) ? "--" : "->", keys[tails[r]!]!];
  };
  const edges = Array.from({ length: runs.length - 1 }, (_, i) => i).sort((a, b) => compareJoined(parts(a), parts(b)));
  const index: EdgeIndex = {
    source: new Int32Array(edges.length),
    target: new Int32Array(edges.length),
    relation: [],
    start: new Int32Array(edges.length + 1),
    relations: new Int32Array(order.length),
  };
  let at = 0;
  edges.forEach((run, i) => {
    const r = order[runs[run]!]!;
    index.source[i] = heads[r]!;
    index.target[i] = tails[r]!;
    index.relation.push(f.strings.get(f.rRelation.at(r))!);
    index.relations.set(order.subarray(runs[run]!, runs[run + 1]!), at);
    at += runs[run + 1]! - runs[run]!;
    index.start[i + 1] = at;
  });
  return index;
}

/** The key of edge `i`. */
export function edgeKey(edges: EdgeIndex, i: number, keys: string[], symmetric: Set<string>): string {
  const relation = edges.relation[i]!;
  return `${relation}:${keys[edges.source[i]!]}${symmetric.has(relation) ? "--" : "->"}${keys[edges.target[i]!]}`;
}

/** Attributes of edge `i`: evidence sorted by (doc, start, end, trigger), docCount, confidence, dates. */
export function edgeAttributes(f: Folded, edges: EdgeIndex, i: number, symmetric: Set<string>, docRank: Int32Array): KgEdgeAttributes {
  const rels = edges.relations.subarray(edges.start[i], edges.start[i + 1]);
  const relation = edges.relation[i]!;
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
    // Keys in sorted order, as written (see serialize-stream).
    const e: Evidence =
      date !== undefined
        ? { date, doc: f.docIds.get(doc)!, end: bytes.readDoubleLE(24), start: bytes.readDoubleLE(16) }
        : { doc: f.docIds.get(doc)!, end: bytes.readDoubleLE(24), start: bytes.readDoubleLE(16) };
    if (text >= 0) e.text = f.texts.get(text);
    if (trigger !== undefined) e.trigger = trigger;
    if (date) dates.add(date);
    evidence.push({ e, rank: docRank[doc]! });
  }
  evidence.sort((p, q) => p.rank - q.rank || p.e.start - q.e.start || p.e.end - q.e.end || byText(p.e.trigger ?? "", q.e.trigger ?? ""));
  // Keys in sorted order, as written (see serialize-stream).
  const attributes: Record<string, unknown> = { confidence: Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000 };
  if (dates.size) attributes.dates = [...dates].sort();
  attributes.docCount = docs.size;
  attributes.evidence = evidence.map((x) => x.e);
  attributes.relation = relation;
  if (symmetric.has(relation)) attributes.symmetric = true;
  return attributes as unknown as KgEdgeAttributes;
}
