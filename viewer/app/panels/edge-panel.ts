// The panel of one relation: who, what, when, and the sentences that say it.
import { select } from "../actions.js";
import type { App } from "../app.js";
import { relationColor } from "../core/graph/appearance.js";
import { h } from "./dom.js";
import { documentLine, evidenceSentence } from "./provenance.js";

export function renderEdgePanel(app: App, key: string): HTMLElement {
  const a = app.graph.getEdgeAttributes(key);
  const [source, target] = app.graph.extremities(key);
  const name = (n: string) => app.graph.getNodeAttribute(n, "name") ?? n;
  const mentions = [...(app.graph.getNodeAttribute(source, "mentions") ?? []), ...(app.graph.getNodeAttribute(target, "mentions") ?? [])];
  const box = h(
    "div",
    { class: "edge-panel", "data-edge": key },
    h("h2", {}, h("span", { class: "swatch line", style: `background:${relationColor(a.relation)}` }), ` ${a.relation}`),
    h(
      "p",
      {},
      h("button", { class: "link", onclick: () => app.focusNode(source) }, name(source)),
      a.symmetric ? " — " : " → ",
      h("button", { class: "link", onclick: () => app.focusNode(target) }, name(target)),
    ),
    h("div", { class: "actions" }, h("button", { onclick: () => app.store.update(select(undefined)), "aria-label": "Close the panel" }, "Close")),
    h(
      "dl",
      {},
      a.dates?.length ? [h("dt", {}, "dates"), h("dd", {}, a.dates.join(", "))] : null,
      a.confidence !== undefined ? [h("dt", {}, "confidence"), h("dd", {}, a.confidence.toFixed(2))] : null,
      a.docCount !== undefined ? [h("dt", {}, "documents"), h("dd", {}, String(a.docCount))] : null,
    ),
    h("h3", {}, "Evidence"),
  );
  for (const ev of a.evidence ?? []) box.append(documentLine(app, ev.doc), evidenceSentence(ev, mentions));
  if (!(a.evidence ?? []).length) box.append(h("p", {}, "No evidence stored."));
  return box;
}
