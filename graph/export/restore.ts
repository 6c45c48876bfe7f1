// Import helpers: a graph read back by graphology's GraphML / GEXF parsers -> a kg graph with lists restored.
import type { SerializedKg } from "../types.js";
import { restoreAttributes } from "./flatten.js";

/** Anything with graphology's export(): a Graph from graphology-graphml's or graphology-gexf's parse(). */
export interface ExportableGraph {
  export(): { attributes?: Record<string, unknown>; nodes: Array<{ key: string; attributes?: Record<string, unknown> }>; edges: Array<{ key?: string; source: string; target: string; attributes?: Record<string, unknown> }> };
}

/**
 * Turns a parsed GraphML / GEXF export back into a kg graph: JSON fields (mentions, evidence, aliases,
 * dates, documents) parsed, GEXF's `label` dropped. The result loads with `kg load`.
 * @example restoreKg(graphml.parse(MultiDirectedGraph, text))
 */
export function restoreKg(graph: ExportableGraph): SerializedKg {
  const s = graph.export();
  const strip = (a: Record<string, unknown> | undefined) => {
    const out = restoreAttributes(a ?? {});
    delete out.label;
    return out;
  };
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: strip(s.attributes) as SerializedKg["attributes"],
    nodes: s.nodes.map((n) => ({ key: n.key, attributes: strip(n.attributes) as never })),
    edges: s.edges.map((e) => ({ ...(e.key ? { key: e.key } : {}), source: e.source, target: e.target, attributes: strip(e.attributes) as never })),
  };
}
