// Public face of graph building: per-document extractions merged into one graphology graph.
import { MultiDirectedGraph } from "graphology";
import type { DocExtraction, KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../types.js";

/** Multi: two entities can be joined by several relation types; edge keys keep one edge per type. */
export type KgGraph = MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

/** Placeholder until cross-document resolution lands: documents only. */
export function buildGraph(extractions: DocExtraction[]): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute("documents", extractions.map((e) => e.doc).sort((a, b) => a.id.localeCompare(b.id)));
  return graph;
}
