// A merged graph read out one node or edge at a time from the builder's compact state (never whole in memory).
import { MultiDirectedGraph } from "graphology";
import type { DocumentInfo, KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../types.js";
import { edgeAttributes, edgeKey, indexEdges, type EdgeIndex } from "./edges.js";
import type { Folded } from "./folded.js";
import { mergeEntities, type MergedNode } from "./merge-entities.js";
import { nodeAttributes } from "./node-attributes.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface NodeEntry {
  key: string;
  attributes: KgNodeAttributes;
}

export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: KgEdgeAttributes;
}

/**
 * The merged graph, lazily: nodes and edges sorted by key, each one's attributes (mentions, evidence)
 * assembled when asked for. `close()` releases the evidence spool; the graph is unusable afterwards.
 * @example for (const n of built.nodes()) write(n); built.close();
 */
export class BuiltGraph {
  /** graphology's options of the equivalent KgGraph (as in its serialized form). */
  readonly options = { type: "directed", multi: true, allowSelfLoops: false } as const;
  readonly attributes: KgGraphAttributes;
  private readonly merged: MergedNode[];
  /** Occurrences of node i: `occs.subarray(occStart[i], occStart[i + 1])`, in merge order. */
  private readonly occStart: Int32Array;
  private readonly occs: Int32Array;
  private readonly edgeIndex: EdgeIndex;
  /** Node keys, sorted. */
  private readonly keys: string[];
  private readonly docRank: Int32Array;

  constructor(
    private readonly folded: Folded,
    private readonly symmetric: Set<string>,
    generator?: string,
  ) {
    const f = folded;
    const documents: DocumentInfo[] = [...f.documents].sort((a, b) => byText(a.id, b.id));
    this.attributes = generator ? { documents, generator } : { documents };
    this.docRank = f.docIds.ranks();
    const rank = this.docRank;
    const nameOrder = f.names.map((_, i) => i).sort((a, b) => {
      const p = f.names[a]!;
      const q = f.names[b]!;
      return rank[f.docIds.id(p.firstDoc)]! - rank[f.docIds.id(q.firstDoc)]! || p.first - q.first;
    });
    const position = new Int32Array(f.names.length);
    nameOrder.forEach((id, i) => (position[id] = i));
    const byStats = new Map(nameOrder.map((id) => [f.names[id]!, id]));
    this.merged = mergeEntities(nameOrder.map((id) => f.names[id]!)).sort((a, b) => byText(a.key, b.key));
    const nodeOfName = new Int32Array(f.names.length);
    this.merged.forEach((n, i) => n.names.forEach((s) => (nodeOfName[byStats.get(s)!] = i)));
    for (const s of f.names) delete s.indexKeys; // only merging needed them
    // occurrences grouped by node, in merge order: names as first seen, then documents by id, then as added
    this.occStart = new Int32Array(this.merged.length + 1);
    for (let o = 0; o < f.occurrences; o++) this.occStart[nodeOfName[f.occName.at(o)]! + 1]!++;
    for (let i = 0; i < this.merged.length; i++) this.occStart[i + 1]! += this.occStart[i]!;
    const fill = this.occStart.slice(0, this.merged.length);
    this.occs = new Int32Array(f.occurrences);
    for (let o = 0; o < f.occurrences; o++) this.occs[fill[nodeOfName[f.occName.at(o)]!]!++] = o;
    for (let i = 0; i < this.merged.length; i++)
      this.occs
        .subarray(this.occStart[i], this.occStart[i + 1])
        .sort((a, b) => position[f.occName.at(a)]! - position[f.occName.at(b)]! || rank[f.occDoc.at(a)]! - rank[f.occDoc.at(b)]! || a - b);
    this.keys = this.merged.map((n) => n.key);
    this.edgeIndex = indexEdges(f, this.keys, (o) => nodeOfName[f.occName.at(o)]!, symmetric, rank);
  }

  /** Number of nodes. */
  get order(): number {
    return this.merged.length;
  }

  /** Number of edges. */
  get size(): number {
    return this.edgeIndex.source.length;
  }

  /** Nodes sorted by key, each assembled on demand. */
  *nodes(): Generator<NodeEntry> {
    for (let i = 0; i < this.merged.length; i++) {
      const occs = this.occs.subarray(this.occStart[i], this.occStart[i + 1]);
      yield { attributes: nodeAttributes(this.folded, this.merged[i]!, occs, this.docRank), key: this.merged[i]!.key }; // keys sorted, as written
    }
  }

  /** Edges sorted by key, each assembled on demand (evidence sentences read back from the spool). */
  *edges(): Generator<EdgeEntry> {
    const e = this.edgeIndex;
    for (let i = 0; i < e.source.length; i++) {
      const [key, source, target] = [edgeKey(e, i, this.keys, this.symmetric), this.keys[e.source[i]!]!, this.keys[e.target[i]!]!];
      yield { attributes: edgeAttributes(this.folded, e, i, this.symmetric, this.docRank), key, source, target }; // keys sorted, as written
    }
  }

  /** The whole graph in memory as graphology (for small graphs, tests and the Neo4j loader). */
  toGraph(): MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes> {
    const graph = new MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>({ allowSelfLoops: false });
    graph.setAttribute("documents", this.attributes.documents!);
    if (this.attributes.generator) graph.setAttribute("generator", this.attributes.generator);
    for (const n of this.nodes()) graph.addNode(n.key, n.attributes);
    for (const e of this.edges()) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
    return graph;
  }

  /** Releases the evidence spool (and its temp file). */
  close(): void {
    this.folded.spool.close();
  }
}
