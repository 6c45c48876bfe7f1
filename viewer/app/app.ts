// The root view: owns the graph, the store and the renderer, and the few actions panels call.
import type { ViewerSigma as Sigma } from "./types.js";
import type { SerializedKg } from "../../graph/types.js";
import { select, setLayoutRunning, setQueryView } from "./actions.js";
import { api } from "./api.js";
import { mergeGraph } from "./core/graph/load.js";
import { createLayout, layoutNow, type LayoutController } from "./controllers/layout.js";
import type { View } from "./controllers/view.js";
import type { Messages } from "./panels/messages.js";
import type { Store } from "./state.js";
import type { ViewerGraph } from "./types.js";

export interface App {
  graph: ViewerGraph;
  sigma: Sigma;
  view: View;
  store: Store;
  layout: LayoutController;
  messages: Messages;
  backend: "file" | "neo4j";
  /** Selects a node, moves the camera to it and opens its panel. */
  focusNode(key: string): void;
  /** Adds a node's neighbourhood from the server; new nodes appear next to it. */
  expand(key: string): Promise<number>;
  /** Draws a query result instead of the full graph (`undefined` goes back). */
  showQueryResult(label: string | undefined, data?: SerializedKg): void;
  /** Data changed (loaded, expanded, replaced): panels re-read the graph. */
  onDataChange(listener: () => void): void;
}

export function createApp(parts: Omit<App, "focusNode" | "expand" | "showQueryResult" | "onDataChange" | "layout">, full: SerializedKg): App {
  const { graph, sigma, view, store } = parts;
  const listeners: Array<() => void> = [];
  const changed = () => {
    view.dataChanged();
    for (const l of listeners) l();
  };
  const layout = createLayout(graph, (running) => store.update(setLayoutRunning(running)));
  const app: App = {
    ...parts,
    layout,
    focusNode(key) {
      if (!graph.hasNode(key)) return;
      store.update(select({ kind: "node", key }));
      const d = sigma.getNodeDisplayData(key);
      if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.4) }, { duration: 500 });
    },
    async expand(key) {
      const before = graph.order;
      const data = await api.expand(key, 1);
      const added = mergeGraph(graph, data);
      if (added.length > 0 && graph.order <= 3000 && !layout.isRunning()) spreadAround(graph, added);
      changed();
      return graph.order - before;
    },
    showQueryResult(label, data) {
      layout.kill();
      graph.clear();
      mergeGraph(graph, data ?? full);
      if (data && !hasPositions(data)) layoutNow(graph);
      store.update(setQueryView(label));
      store.update(select(undefined));
      changed();
      void sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 300 });
    },
    onDataChange: (l) => void listeners.push(l),
  };
  return app;
}

export function hasPositions(data: SerializedKg): boolean {
  return data.nodes.length > 0 && data.nodes.every((n) => typeof n.attributes?.x === "number" && typeof n.attributes?.y === "number");
}

/** Lets new nodes settle next to their neighbours without moving the others (they are pinned briefly). */
function spreadAround(graph: ViewerGraph, added: string[]): void {
  const isNew = new Set(added);
  const fixed: string[] = [];
  graph.forEachNode((k, a) => {
    if (!isNew.has(k) && !a.fixed) {
      graph.setNodeAttribute(k, "fixed", true);
      fixed.push(k);
    }
  });
  layoutNow(graph, 50, false);
  for (const k of fixed) graph.removeNodeAttribute(k, "fixed");
}
