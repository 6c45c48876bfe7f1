// Serializer: the graph as SerializedKg (graphology's format), nodes and edges sorted by key.
import { BuiltGraph } from "./built-graph.js";
import type { KgGraph } from "./index.js";
import type { SerializedKg } from "../types.js";

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Deterministic export: the same graph gives the same JSON bytes. Documents live in `attributes.documents`.
 * A `BuiltGraph` (GraphBuilder.finish) is read out directly, without a graphology graph, and closed.
 */
export function toSerializedKg(graph: KgGraph | BuiltGraph): SerializedKg {
  if (graph instanceof BuiltGraph) {
    try {
      return { options: { ...graph.options }, attributes: graph.attributes, nodes: [...graph.nodes()], edges: [...graph.edges()] };
    } finally {
      graph.close();
    }
  }
  const exported = graph.export() as SerializedKg;
  return {
    options: exported.options,
    attributes: exported.attributes,
    nodes: [...exported.nodes].sort(byKey),
    edges: [...exported.edges].map((e) => ({ ...e, key: e.key! })).sort(byKey),
  };
}
