// GEXF 1.3 for Gephi through graphology-gexf's writer module (pure JS: xml-writer; its browser index would pull a DOMParser parser).
import { MultiDirectedGraph } from "graphology";
import write from "graphology-gexf/common/writer.js";
import type { SerializedKg } from "../types.js";
import { flattenKg } from "./flatten.js";

/**
 * The graph as GEXF: node labels are entity names, attributes typed by graphology-gexf, lists and
 * objects (mentions, evidence, aliases) as JSON strings, the documents list as a meta element.
 */
export function toGexf(kg: SerializedKg): string {
  const flat = flattenKg(kg);
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes(flat.attributes);
  for (const n of flat.nodes) graph.addNode(n.key, { label: String(n.attributes.name ?? n.key), ...n.attributes });
  for (const e of flat.edges) {
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: String(e.attributes.relation ?? ""), ...e.attributes });
  }
  return write(graph, { formatNode, formatEdge });
}

function formatNode(_key: string, attrs: Record<string, unknown>) {
  const { label, x, y, ...attributes } = attrs;
  const viz = typeof x === "number" && typeof y === "number" ? { viz: { x, y } } : {};
  return { label: String(label), attributes, ...viz };
}

function formatEdge(_key: string, attrs: Record<string, unknown>) {
  const { label, ...attributes } = attrs;
  return { label: String(label), attributes };
}
