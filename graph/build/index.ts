// Public face of graph building: per-document extractions merged into one graphology graph.
import { MultiDirectedGraph } from "graphology";
import type { DocExtraction, EntityType, KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../types.js";
import { defaultSchema, type Schema } from "../../ingest/schema.js";
import { mergeEntities } from "./merge-entities.js";
import { nodeAttributes } from "./node-attributes.js";
import { mergeEdges } from "./edges.js";
import { StringPool, toRecord, type DocRecord } from "./records.js";

/** Multi: two entities can be joined by several relation types; edge keys keep one edge per type. */
export type KgGraph = MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

export interface BuildOptions {
  /** Says which relations are symmetric (default: the bundled schema). */
  schema?: Schema;
  generator?: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds a graph one document at a time: `add` keeps only what the graph needs from an extraction
 * (mentions and evidence in their final shape, strings shared), so callers can drop each extraction
 * as soon as it is added; `build` merges across documents. Same result as `buildGraph` on the same set.
 * @example const b = new GraphBuilder(); for await (const x of extractions) b.add(x); const g = b.build();
 */
export class GraphBuilder {
  private records: DocRecord[] = [];
  private readonly strings = new StringPool();

  constructor(private readonly options: BuildOptions = {}) {}

  /** Documents added so far. */
  get size(): number {
    return this.records.length;
  }

  add(extraction: DocExtraction): void {
    this.records.push(toRecord(extraction, this.strings));
  }

  /** The merged graph; the builder is empty afterwards. */
  build(): KgGraph {
    const records = this.records.sort((a, b) => byText(a.doc.id, b.doc.id));
    this.records = [];
    const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.setAttribute("documents", records.map((r) => r.doc));
    if (this.options.generator) graph.setAttribute("generator", this.options.generator);
    const { nodes } = mergeEntities(records);
    for (const key of [...nodes.keys()].sort(byText)) {
      graph.addNode(key, nodeAttributes(nodes.get(key)!, key.slice(0, key.indexOf(":")) as EntityType));
      nodes.delete(key);
    }
    const schema = this.options.schema ?? defaultSchema();
    const symmetric = new Set(schema.relations.filter((r) => r.symmetric).map((r) => r.name));
    for (const e of mergeEdges(records, symmetric)) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
    return graph;
  }
}

/**
 * Merges per-document extractions into one graph: one node per real-world entity across the corpus
 * (deterministic keys `${entityType}:${normalizedName}`), one edge per (relation, head, tail) with
 * evidence from every document. The same input gives the same graph, in the same order.
 * @example toSerializedKg(buildGraph([extractDocument(doc)]))
 */
export function buildGraph(extractions: DocExtraction[], options: BuildOptions = {}): KgGraph {
  const builder = new GraphBuilder(options);
  for (const x of extractions) builder.add(x);
  return builder.build();
}

export { toSerializedKg } from "./serialize.js";
export { normalizeName, entityKey } from "./normalize.js";
