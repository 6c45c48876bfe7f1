// Creates the sigma renderer over the graph and keeps its reducers in step with the state.
import Sigma from "sigma";
import { nodeSizes } from "../core/graph/appearance.js";
import { computeVisibility } from "../core/visibility/index.js";
import type { Store } from "../state.js";
import type { AppState, ViewerGraph, ViewerSigma } from "../types.js";
import { edgeReducer, nodeReducer, type ReducerContext } from "./reducers.js";

/** Camera ratio under which edge labels are drawn (1 = whole graph in view). */
export const EDGE_LABEL_RATIO = 0.5;

export interface View {
  sigma: ViewerSigma;
  ctx: ReducerContext;
  /** Recomputes visibility and sizes after the graph's data changed. */
  dataChanged(): void;
}

function focusOf(graph: ViewerGraph, state: AppState): Pick<ReducerContext, "focus" | "focusNode" | "selectedEdge"> {
  const node = state.hovered ?? (state.selection?.kind === "node" ? state.selection.key : undefined);
  const selectedEdge = state.selection?.kind === "edge" ? state.selection.key : undefined;
  if (!node || !graph.hasNode(node)) return { focus: new Set(), focusNode: undefined, selectedEdge };
  return { focus: new Set([node, ...graph.neighbors(node)]), focusNode: node, selectedEdge };
}

export function createView(container: HTMLElement, graph: ViewerGraph, store: Store): View {
  const ctx: ReducerContext = {
    visibility: computeVisibility(graph, store.get()),
    sizes: nodeSizes(graph, store.get().sizeBy),
    ...focusOf(graph, store.get()),
  };
  const sigma = new Sigma(graph, container, {
    nodeReducer: nodeReducer(ctx),
    edgeReducer: edgeReducer(ctx, (e) => graph.extremities(e) as [string, string]),
    // Edge labels only when zoomed in (they cost frame time on large graphs and add nothing at overview
    // zoom); no z-ordering (dimmed nodes are pale, so drawing order barely shows).
    renderEdgeLabels: false,
    enableEdgeEvents: graph.size <= 10_000,
    labelRenderedSizeThreshold: 8,
    labelDensity: 0.5,
    zIndex: false,
    defaultEdgeType: "arrow",
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  });
  // The side panel opening or closing changes the stage's size; sigma only watches the window.
  new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  }).observe(container);
  const dataChanged = () => {
    const s = store.get();
    ctx.visibility = computeVisibility(graph, s);
    ctx.sizes = nodeSizes(graph, s.sizeBy);
    Object.assign(ctx, focusOf(graph, s));
    sigma.refresh();
  };
  store.subscribe((s, prev) => {
    const filtersChanged = s.filters !== prev.filters || s.hiddenNodes !== prev.hiddenNodes;
    if (filtersChanged) ctx.visibility = computeVisibility(graph, s);
    if (s.sizeBy !== prev.sizeBy) ctx.sizes = nodeSizes(graph, s.sizeBy);
    const focusChanged = s.hovered !== prev.hovered || s.selection !== prev.selection;
    if (focusChanged) Object.assign(ctx, focusOf(graph, s));
    if (filtersChanged || focusChanged || s.sizeBy !== prev.sizeBy) sigma.refresh({ skipIndexation: !filtersChanged && s.sizeBy === prev.sizeBy });
  });
  // Settings change outside sigma's render cycle: changing them from a camera event blanks the canvas.
  let pending: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", () => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      const zoomedIn = sigma.getCamera().getState().ratio < EDGE_LABEL_RATIO;
      if (zoomedIn !== sigma.getSetting("renderEdgeLabels")) sigma.setSetting("renderEdgeLabels", zoomedIn);
    }, 200);
  });
  return { sigma, ctx, dataChanged };
}
