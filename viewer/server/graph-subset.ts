// Pure helpers over an in-memory kg graph: neighbourhoods and node subsets as serialized kg graphs.
import type { KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes, SerializedKg } from "../../graph/types.js";
import type { AbstractGraph } from "graphology-types";

export type AnyKgGraph = AbstractGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

/** Keys of the nodes within `depth` hops of `start` (both directions). */
export function nodesWithin(graph: AnyKgGraph, start: string, depth: number): Set<string> {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (n) => {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** The induced subgraph on `keys` (edges between kept nodes), with the documents they cite. */
export function serializeSubset(graph: AnyKgGraph, keys: Set<string>): SerializedKg {
  const full = graph.export();
  const nodes = full.nodes.filter((n) => keys.has(n.key));
  const edges = full.edges.filter((e) => keys.has(e.source) && keys.has(e.target));
  const cited = new Set<string>();
  for (const n of nodes) for (const m of n.attributes?.mentions ?? []) cited.add(m.doc);
  for (const e of edges) for (const ev of e.attributes?.evidence ?? []) cited.add(ev.doc);
  const documents = (full.attributes.documents ?? []).filter((d) => cited.has(d.id));
  return { ...full, attributes: { ...full.attributes, documents }, nodes, edges };
}

/** Finds a node by key, else by exact name or alias (case-insensitive). */
export function resolveNode(graph: AnyKgGraph, keyOrName: string): string | undefined {
  if (graph.hasNode(keyOrName)) return keyOrName;
  const wanted = keyOrName.toLowerCase();
  return graph.findNode(
    (_k, a) => a.name?.toLowerCase() === wanted || (a.aliases ?? []).some((x) => x.toLowerCase() === wanted),
  );
}
