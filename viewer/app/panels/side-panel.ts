// Shows the selected node's or edge's panel; hides itself when nothing is selected.
import type { App } from "../app.js";
import { renderEdgePanel } from "./edge-panel.js";
import { renderNodePanel } from "./node-panel.js";

export function mountSidePanel(root: HTMLElement, app: App): void {
  const render = () => {
    const sel = app.store.get().selection;
    const ok = sel && (sel.kind === "node" ? app.graph.hasNode(sel.key) : app.graph.hasEdge(sel.key));
    root.hidden = !ok;
    if (!sel || !ok) return root.replaceChildren();
    root.replaceChildren(sel.kind === "node" ? renderNodePanel(app, sel.key) : renderEdgePanel(app, sel.key));
  };
  app.store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) render();
  });
  app.onDataChange(render);
  render();
}
