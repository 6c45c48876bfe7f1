// The graph as seen: visible nodes and edges with their data and current positions, as kg JSON.
import type { SerializedKg } from "../../../../graph/types.js";
import type { ViewerGraph } from "../../types.js";
import type { Visibility } from "../visibility/index.js";

/** Serializes what is visible; `kg load` accepts the result (graphology JSON with kg attributes). */
export function visibleSubgraph(graph: ViewerGraph, vis: Visibility): SerializedKg {
  const full = graph.export();
  const nodes = full.nodes
    .filter((n) => vis.nodes.has(n.key))
    .map((n) => {
      const { fixed: _fixed, ...attributes } = n.attributes ?? ({} as Record<string, unknown>);
      return { key: n.key, attributes } as SerializedKg["nodes"][number];
    });
  const edges = full.edges.filter((e) => e.key !== undefined && vis.edges.has(e.key));
  const cited = new Set<string>();
  for (const n of nodes) for (const m of n.attributes?.mentions ?? []) cited.add(m.doc);
  for (const e of edges) for (const ev of e.attributes?.evidence ?? []) cited.add(ev.doc);
  const documents = (full.attributes.documents ?? []).filter((d) => cited.has(d.id));
  return { ...full, attributes: { ...full.attributes, documents, generator: "kg viewer" }, nodes, edges };
}
