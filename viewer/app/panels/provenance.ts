// Provenance you can read: source sentences with the mention highlighted, and the document they come from.
import type { DocumentInfo, Evidence, Mention } from "../../../graph/types.js";
import type { App } from "../app.js";
import { api } from "../api.js";
import { h, highlighted, safeLink } from "./dom.js";

/** Title, date and link of a document, from the graph's document list. */
export function documentLine(app: App, docId: string): HTMLElement {
  const info = (app.graph.getAttribute("documents") ?? []).find((d: DocumentInfo) => d.id === docId);
  const title = info?.title || (info?.path ?? docId).split(/[\\/]/).pop() || docId;
  return h("div", { class: "doc" }, safeLink(info?.url, title), info?.date ? ` · ${info.date}` : "");
}

/** Evidence sentences of all edges touching `node` that contain `mention`. */
function coveringEvidence(app: App, node: string, m: Mention): Evidence | undefined {
  let found: Evidence | undefined;
  app.graph.forEachEdge(node, (_e, a) => {
    for (const ev of a.evidence ?? []) {
      if (!found && ev.text && ev.doc === m.doc && ev.start <= m.start && m.end <= ev.end) found = ev;
    }
  });
  return found;
}

/**
 * The sentences of one document that mention `node`, each shown once with every mention in it marked:
 * from edge evidence when it covers the mention, else cut from the document by the server.
 */
export function mentionSentences(app: App, node: string, mentions: Mention[]): HTMLElement {
  const box = h("div", { class: "sentences" });
  const shown = new Map<number, { quote: HTMLElement; text: string; ranges: Array<[number, number]> }>();
  const add = (offset: number, text: string, range: [number, number], placeholder?: HTMLElement) => {
    let s = shown.get(offset);
    if (!s) {
      s = { quote: placeholder ?? h("blockquote", { class: "sentence" }), text, ranges: [] };
      shown.set(offset, s);
      if (!placeholder) box.append(s.quote);
    } else placeholder?.remove();
    s.ranges.push(range);
    s.quote.replaceChildren(highlighted(s.text, s.ranges));
  };
  for (const m of mentions) {
    const ev = coveringEvidence(app, node, m);
    if (ev?.text) {
      add(ev.start, ev.text, [m.start - ev.start, m.end - ev.start]);
      continue;
    }
    const placeholder = h("blockquote", { class: "sentence" }, m.text ?? "…");
    box.append(placeholder);
    api
      .document(m.doc, { start: m.start, end: m.end })
      .then((d) => d.context && add(d.context.offset, d.context.text, [d.context.start, d.context.end], placeholder))
      .catch(() => {
        /* the mention text stays: the document file is not readable from here */
      });
  }
  return box;
}

/** An edge's evidence sentence with both entities' mentions (and the trigger) marked. */
export function evidenceSentence(ev: Evidence, mentions: Mention[]): HTMLElement {
  const text = ev.text ?? "";
  const ranges: Array<[number, number]> = mentions
    .filter((m) => m.doc === ev.doc && m.start >= ev.start && m.end <= ev.end)
    .map((m) => [m.start - ev.start, m.end - ev.start]);
  if (ranges.length === 0 && ev.trigger) {
    const i = text.toLowerCase().indexOf(ev.trigger.toLowerCase());
    if (i >= 0) ranges.push([i, i + ev.trigger.length]);
  }
  return h("blockquote", { class: "sentence" }, text ? highlighted(text, ranges) : "(no sentence stored)");
}
