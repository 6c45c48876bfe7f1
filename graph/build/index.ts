// Public face of graph building: per-document extractions merged into one graphology graph.
import Graph from "graphology";
import type { DocExtraction, KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../types.js";

export type KgGraph = Graph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

/** Placeholder until cross-document resolution lands: documents only. */
export function buildGraph(extractions: DocExtraction[]): KgGraph {
  const graph: KgGraph = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  graph.setAttribute("documents", extractions.map((e) => e.doc).sort((a, b) => a.id.localeCompare(b.id)));
  return graph;
}
