// Toolbar: layout start/stop, spread, size mode, fit view, exports.
import { downloadAsPNG } from "@sigma/export-image";
import { setSizeBy } from "../actions.js";
import type { App } from "../app.js";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../../graph/export/index.js";
import { toSvg } from "../core/export/svg.js";
import { visibleSubgraph } from "../core/export/subgraph.js";
import { h } from "./dom.js";

const MIME: Record<string, string> = {
  json: "application/json",
  gexf: "application/xml",
  graphml: "application/xml",
  csv: "text/csv",
  cypher: "text/plain",
};

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
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) {
    // graph/export's formats; CSV gives several files (".nodes.csv", ".edges.csv", ...).
    for (const [suffix, text] of Object.entries(exportGraph(g, format as ExportFormat))) {
      const name = `kg-graph${suffix || "." + (format === "cypher" ? "cypher" : format)}`;
      download(name, MIME[format] ?? "text/plain", text);
    }
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
    ...["json", "gexf", "graphml", "csv", "cypher", "png", "svg"].map((f) => h("option", { value: f }, f.toUpperCase())),
  );
  root.append(
    h("div", { class: "group" }, layout, h("button", { title: "Push overlapping nodes apart", onclick: () => (app.layout.spread(), app.sigma.refresh()) }, "Spread")),
    h("div", { class: "group" }, size, h("button", { onclick: () => void app.sigma.getCamera().animatedReset({ duration: 300 }) }, "Fit")),
    h("div", { class: "group" }, format, h("button", { id: "export", onclick: () => exportAs(app, format.value) }, "Export")),
  );
}
