// Public face of graph building: per-document extractions merged into one graphology graph.
import { MultiDirectedGraph } from "graphology";
import type { DocExtraction, EntityType, KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../types.js";
import { defaultSchema, type Schema } from "../../ingest/schema.js";
import { mergeEntities } from "./merge-entities.js";
import { nodeAttributes } from "./node-attributes.js";
import { mergeEdges } from "./edges.js";

/** Multi: two entities can be joined by several relation types; edge keys keep one edge per type. */
export type KgGraph = MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

export interface BuildOptions {
  /** Says which relations are symmetric (default: the bundled schema). */
  schema?: Schema;
  generator?: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges per-document extractions into one graph: one node per real-world entity across the corpus
 * (deterministic keys `${entityType}:${normalizedName}`), one edge per (relation, head, tail) with
 * evidence from every document. The same input gives the same graph, in the same order.
 * @example toSerializedKg(buildGraph([extractDocument(doc)]))
 */
export function buildGraph(extractions: DocExtraction[], options: BuildOptions = {}): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const docs = extractions.map((e) => e.doc).sort((a, b) => byText(a.id, b.id));
  graph.setAttribute("documents", docs);
  if (options.generator) graph.setAttribute("generator", options.generator);
  const sorted = [...extractions].sort((a, b) => byText(a.doc.id, b.doc.id));
  const { nodes, keyOf } = mergeEntities(sorted);
  for (const key of [...nodes.keys()].sort(byText)) {
    graph.addNode(key, nodeAttributes(nodes.get(key)!, key.slice(0, key.indexOf(":")) as EntityType));
  }
  const schema = options.schema ?? defaultSchema();
  const symmetric = new Set(schema.relations.filter((r) => r.symmetric).map((r) => r.name));
  for (const e of mergeEdges(sorted, keyOf, symmetric)) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}

export { toSerializedKg } from "./serialize.js";
export { normalizeName, entityKey } from "./normalize.js";
