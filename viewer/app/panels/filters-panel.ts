// Legend and filters: entity types (colours, counts, show/hide), relations, dates, document, hidden nodes.
import type { DocumentInfo } from "../../../graph/types.js";
import { setFilters, showAllNodes, toggled } from "../actions.js";
import type { App } from "../app.js";
import { relationColor, TYPE_COLORS, typeColor } from "../core/graph/appearance.js";
import { countBy } from "../core/filters/index.js";
import { h, replace } from "./dom.js";

function checkList(
  title: string,
  items: Array<[string, number]>,
  color: (v: string) => string,
  hidden: () => string[],
  set: (values: string[]) => void,
  line = false,
): HTMLElement {
  const box = h("fieldset", { class: "checks" }, h("legend", { class: "visually-hidden" }, title));
  for (const [value, count] of items) {
    const input = h("input", { type: "checkbox", name: title, value, checked: !hidden().includes(value) });
    input.addEventListener("change", () => set(toggled(hidden(), value, !input.checked)));
    box.append(
      h("label", {}, input, h("span", { class: line ? "swatch line" : "swatch", style: `background:${color(value)}` }), value, h("span", { class: "count" }, String(count))),
    );
  }
  if (items.length === 0) box.append(h("p", {}, "none"));
  return box;
}

export function mountFiltersPanel(root: HTMLElement, app: App): void {
  const render = () => {
    const { graph, store } = app;
    const f = () => store.get().filters;
    const typeCounts = new Map(countBy(graph.nodes(), (k) => graph.getNodeAttribute(k, "entityType")));
    const types: Array<[string, number]> = [...new Set([...TYPE_COLORS.keys(), ...typeCounts.keys()])].map((t) => [t, typeCounts.get(t) ?? 0]);
    const relations = countBy(graph.edges(), (e) => graph.getEdgeAttribute(e, "relation"));
    const docs: DocumentInfo[] = graph.getAttribute("documents") ?? [];
    const from = h("input", { type: "date", id: "filter-from", value: f().dateFrom ?? "" });
    const to = h("input", { type: "date", id: "filter-to", value: f().dateTo ?? "" });
    from.addEventListener("change", () => store.update(setFilters({ dateFrom: from.value || undefined })));
    to.addEventListener("change", () => store.update(setFilters({ dateTo: to.value || undefined })));
    const doc = h("select", { id: "filter-doc" }, h("option", { value: "" }, "All documents"));
    for (const d of docs) doc.append(h("option", { value: d.id, selected: d.id === f().doc }, d.title || d.path || d.id));
    doc.addEventListener("change", () => store.update(setFilters({ doc: doc.value || undefined })));
    const hiddenCount = store.get().hiddenNodes.length;
    replace(
      root,
      h("h2", {}, "Entity types"),
      checkList("Entity types", types, typeColor, () => f().hiddenTypes, (v) => store.update(setFilters({ hiddenTypes: v }))),
      h("h2", {}, "Relations"),
      checkList("Relations", relations, relationColor, () => f().hiddenRelations, (v) => store.update(setFilters({ hiddenRelations: v })), true),
      h("h2", {}, "Filters"),
      h(
        "div",
        { class: "filters" },
        h("label", { for: "filter-from" }, "From date"),
        from,
        h("label", { for: "filter-to" }, "To date"),
        to,
        h("label", { for: "filter-doc" }, "Source document"),
        doc,
      ),
      hiddenCount ? h("p", {}, h("button", { onclick: () => store.update(showAllNodes()) }, `Show ${hiddenCount} hidden`)) : null,
    );
  };
  app.store.subscribe((s, prev) => {
    if (s.hiddenNodes.length !== prev.hiddenNodes.length || s.filters.doc !== prev.filters.doc) render();
  });
  app.onDataChange(render);
  render();
}
