// Mouse interactions: hover highlights, clicks select, dragging a node moves and pins it.
import type { ViewerSigma as Sigma } from "../types.js";
import { hover, select } from "../actions.js";
import type { Store } from "../state.js";
import type { ViewerGraph } from "../types.js";

export function bindInteractions(sigma: Sigma, graph: ViewerGraph, store: Store): void {
  let dragged: string | undefined;
  let moved = false;
  sigma.on("enterNode", ({ node }) => store.update(hover(node)));
  sigma.on("leaveNode", () => store.update(hover(undefined)));
  sigma.on("clickNode", ({ node }) => {
    if (!moved) store.update(select({ kind: "node", key: node }));
  });
  sigma.on("clickEdge", ({ edge }) => store.update(select({ kind: "edge", key: edge })));
  sigma.on("clickStage", () => store.update(select(undefined)));
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.on("moveBody", ({ event }) => {
    if (!dragged) return;
    const pos = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y, fixed: true });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    dragged = undefined;
  };
  sigma.on("upNode", drop);
  sigma.on("upStage", drop);
}
