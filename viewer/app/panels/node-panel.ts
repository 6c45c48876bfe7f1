// The panel of one entity: name, type, aliases, properties, neighbours by relation, source sentences.
import type { Mention } from "../../../graph/types.js";
import { hideNode, select } from "../actions.js";
import type { App } from "../app.js";
import { relationColor, typeColor } from "../core/graph/appearance.js";
import { h } from "./dom.js";
import { documentLine, mentionSentences } from "./provenance.js";

const SHOWN_PROPERTIES = new Set(["name", "entityType", "aliases", "mentions", "x", "y", "fixed"]);
const MAX_SENTENCES = 25;

function properties(attrs: Record<string, unknown>): HTMLElement {
  const dl = h("dl");
  for (const [k, v] of Object.entries(attrs)) {
    if (SHOWN_PROPERTIES.has(k) || v === undefined || v === null || (typeof v === "object" && !Array.isArray(v))) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    dl.append(h("dt", {}, k), h("dd", {}, Array.isArray(v) ? v.join(", ") : String(v)));
  }
  return dl;
}

function neighbours(app: App, key: string): HTMLElement {
  const groups = new Map<string, Set<string>>();
  app.graph.forEachEdge(key, (_e, a, source, target) => {
    const other = source === key ? target : source;
    const label = a.symmetric ? a.relation : source === key ? `${a.relation} →` : `← ${a.relation}`;
    if (!groups.has(label)) groups.set(label, new Set());
    groups.get(label)!.add(other);
  });
  const box = h("div", { class: "neighbours" });
  for (const [label, keys] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const relation = label.replace(/[←→ ]/g, "");
    box.append(h("h4", {}, h("span", { class: "swatch line", style: `background:${relationColor(relation)}` }), ` ${label}`));
    const ul = h("ul");
    for (const other of keys) {
      const name = app.graph.getNodeAttribute(other, "name") ?? other;
      ul.append(h("li", {}, h("button", { class: "link", onclick: () => app.focusNode(other) }, name)));
    }
    box.append(ul);
  }
  if (groups.size === 0) box.append(h("p", {}, "No relations in the graph shown."));
  return box;
}

function sources(app: App, key: string, mentions: Mention[]): HTMLElement {
  const box = h("div", { class: "sources" });
  const byDoc = new Map<string, Mention[]>();
  for (const m of mentions.slice(0, MAX_SENTENCES)) {
    if (!byDoc.has(m.doc)) byDoc.set(m.doc, []);
    byDoc.get(m.doc)!.push(m);
  }
  for (const [doc, ms] of byDoc) box.append(documentLine(app, doc), mentionSentences(app, key, ms));
  if (mentions.length > MAX_SENTENCES) box.append(h("p", {}, `… and ${mentions.length - MAX_SENTENCES} more mentions.`));
  if (mentions.length === 0) box.append(h("p", {}, "No mentions stored."));
  return box;
}

export function renderNodePanel(app: App, key: string): HTMLElement {
  const a = app.graph.getNodeAttributes(key);
  const pinned = !!a.fixed;
  const expand = h("button", { "aria-label": `Expand the neighbours of ${a.name}` }, "Expand");
  expand.addEventListener("click", () => {
    expand.setAttribute("disabled", "");
    app
      .expand(key)
      .then((n) => app.messages.info(n > 0 ? `Added ${n} entities around ${a.name}.` : `No new neighbours for ${a.name}.`))
      .catch((err: Error) => app.messages.error(`Expand failed: ${err.message}`))
      .finally(() => expand.removeAttribute("disabled"));
  });
  return h(
    "div",
    { class: "node-panel", "data-node": key },
    h("h2", {}, a.name ?? key),
    h("div", { class: "type" }, h("span", { class: "swatch", style: `background:${typeColor(a.entityType)}` }), a.entityType ?? "?"),
    h(
      "div",
      { class: "actions" },
      expand,
      h("button", { onclick: () => app.store.update(hideNode(key)), "aria-label": `Hide ${a.name}` }, "Hide"),
      h(
        "button",
        {
          "aria-pressed": String(pinned),
          onclick: () => {
            if (pinned) app.graph.removeNodeAttribute(key, "fixed");
            else app.graph.setNodeAttribute(key, "fixed", true);
            app.store.update(select({ kind: "node", key }));
          },
        },
        pinned ? "Unpin" : "Pin",
      ),
      h("button", { onclick: () => app.store.update(select(undefined)), "aria-label": "Close the panel" }, "Close"),
    ),
    (a.aliases ?? []).length ? h("p", { class: "aliases" }, "Also: ", (a.aliases ?? []).join(" · ")) : null,
    h("h3", {}, "Properties"),
    properties(a),
    h("h3", {}, "Neighbours"),
    neighbours(app, key),
    h("h3", {}, "Sources"),
    sources(app, key, a.mentions ?? []),
  );
}
