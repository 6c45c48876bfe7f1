// Toolbar: layout start/stop, spread, size mode, fit view, exports.
import { downloadAsPNG } from "@sigma/export-image";
import { setSizeBy } from "../actions.js";
import type { App } from "../app.js";
import { toCsv, toGexf, toGraphml, toSvg } from "../core/export/formats.js";
import { visibleSubgraph } from "../core/export/subgraph.js";
import { h } from "./dom.js";

/** Saves text as a file through a temporary link. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportAs(app: App, format: string): void {
  const g = visibleSubgraph(app.graph, app.view.ctx.visibility);
  if (format === "json") download("kg-graph.json", "application/json", JSON.stringify(g, null, 1));
  else if (format === "gexf") download("kg-graph.gexf", "application/xml", toGexf(g));
  else if (format === "graphml") download("kg-graph.graphml", "application/xml", toGraphml(g));
  else if (format === "csv") {
    const { nodes, edges } = toCsv(g);
    download("kg-nodes.csv", "text/csv", nodes);
    download("kg-edges.csv", "text/csv", edges);
  } else if (format === "svg") download("kg-graph.svg", "image/svg+xml", toSvg(g, app.view.ctx.sizes));
  else if (format === "png") void downloadAsPNG(app.sigma as unknown as Parameters<typeof downloadAsPNG>[0], { fileName: "kg-graph", backgroundColor: "#ffffff" });
}

export function mountToolbar(root: HTMLElement, app: App): void {
  const layout = h("button", { "aria-pressed": "false", title: "Run ForceAtlas2 in a web worker" }, "Start layout");
  layout.addEventListener("click", () => (app.layout.isRunning() ? app.layout.stop() : app.layout.start()));
  app.store.subscribe((s) => {
    layout.textContent = s.layoutRunning ? "Stop layout" : "Start layout";
    layout.setAttribute("aria-pressed", String(s.layoutRunning));
  });
  const size = h(
    "select",
    { id: "size-by", "aria-label": "Node size by" },
    h("option", { value: "degree" }, "Size: connections"),
    h("option", { value: "docCount" }, "Size: documents"),
  );
  size.value = app.store.get().sizeBy;
  size.addEventListener("change", () => app.store.update(setSizeBy(size.value === "docCount" ? "docCount" : "degree")));
  app.store.subscribe((s) => {
    if (size.value !== s.sizeBy) size.value = s.sizeBy;
  });
  const format = h(
    "select",
    { id: "export-format", "aria-label": "Export format" },
    ...["json", "gexf", "graphml", "csv", "png", "svg"].map((f) => h("option", { value: f }, f.toUpperCase())),
  );
  root.append(
    h("div", { class: "group" }, layout, h("button", { title: "Push overlapping nodes apart", onclick: () => (app.layout.spread(), app.sigma.refresh()) }, "Spread")),
    h("div", { class: "group" }, size, h("button", { onclick: () => void app.sigma.getCamera().animatedReset({ duration: 300 }) }, "Fit")),
    h("div", { class: "group" }, format, h("button", { id: "export", onclick: () => exportAs(app, format.value) }, "Export")),
  );
}
