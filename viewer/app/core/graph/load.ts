// Building the drawn graph from API data: import, initial positions, growth near neighbours.
import { MultiDirectedGraph } from "graphology";
import type { SerializedKg } from "../../../../graph/types.js";
import type { ViewerGraph } from "../../types.js";

/** A graphology graph from serialized kg JSON (multi, directed; self loops tolerated). */
export function toGraph(data: SerializedKg): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  mergeGraph(graph, data);
  return graph;
}

/** Deterministic pseudo-random in [0, 1) from a string, so positions are stable across loads. */
export function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/**
 * Merges `data` into `graph`, keeping positions of nodes already drawn; new nodes are placed near
 * their placed neighbours (or on a circle when they have none). Returns the keys of new nodes.
 */
export function mergeGraph(graph: ViewerGraph, data: SerializedKg): string[] {
  const added: string[] = [];
  for (const n of data.nodes) {
    if (graph.hasNode(n.key)) {
      const { x, y, ...rest } = n.attributes ?? ({} as Record<string, unknown>);
      graph.mergeNodeAttributes(n.key, rest);
    } else {
      graph.addNode(n.key, { ...(n.attributes as object) } as never);
      added.push(n.key);
    }
  }
  for (const e of data.edges) {
    if (e.key !== undefined && graph.hasEdge(e.key)) continue;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (e.key !== undefined) graph.addEdgeWithKey(e.key, e.source, e.target, { ...(e.attributes as object) } as never);
    else graph.addEdge(e.source, e.target, { ...(e.attributes as object) } as never);
  }
  const docs = new Map((graph.getAttribute("documents") ?? []).map((d) => [d.id, d]));
  for (const d of data.attributes?.documents ?? []) docs.set(d.id, d);
  graph.setAttribute("documents", [...docs.values()].sort((a, b) => a.id.localeCompare(b.id)));
  placeNodes(graph, added);
  return added;
}

function placeNodes(graph: ViewerGraph, keys: string[]): void {
  const unplaced = keys.filter((k) => !isPlaced(graph, k));
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  // Two passes: nodes next to placed nodes first, so chains of new nodes grow outwards.
  for (let pass = 0; pass < 2; pass++) {
    for (const key of unplaced) {
      if (isPlaced(graph, key)) continue;
      let sx = 0, sy = 0, n = 0;
      graph.forEachNeighbor(key, (nb, a) => {
        if (isPlaced(graph, nb)) {
          sx += a.x as number;
          sy += a.y as number;
          n++;
        }
      });
      const angle = hashUnit(key) * 2 * Math.PI;
      if (n > 0) {
        graph.mergeNodeAttributes(key, { x: sx / n + Math.cos(angle) * 5, y: sy / n + Math.sin(angle) * 5 });
      } else if (pass === 1) {
        const r = radius * (0.5 + hashUnit(key + "r") / 2);
        graph.mergeNodeAttributes(key, { x: Math.cos(angle) * r, y: Math.sin(angle) * r });
      }
    }
  }
}

function isPlaced(graph: ViewerGraph, key: string): boolean {
  const a = graph.getNodeAttributes(key);
  return typeof a.x === "number" && typeof a.y === "number" && Number.isFinite(a.x) && Number.isFinite(a.y);
}
