// The visible part of the graph: filters, hidden nodes and the edges between what is left.
import type { AppState, ViewerGraph } from "../../types.js";
import { docDates, edgePasses, nodePasses } from "../filters/index.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Computes which nodes and edges are drawn; recomputed only when filters or data change. */
export function computeVisibility(graph: ViewerGraph, state: AppState): Visibility {
  const dates = docDates(graph.getAttribute("documents"));
  const hidden = new Set(state.hiddenNodes);
  const nodes = new Set<string>();
  graph.forEachNode((key, a) => {
    if (!hidden.has(key) && nodePasses(a, state.filters, dates)) nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(a, state.filters, dates)) edges.add(key);
  });
  return { nodes, edges };
}
