// The read-only Cypher box and the named queries: results are drawn as a graph in place of the full one.
import type { App } from "../app.js";
import { api } from "../api.js";
import { h } from "./dom.js";

export function mountCypherBox(root: HTMLElement, app: App): void {
  const named = h("select", { id: "query-name" }, h("option", { value: "" }, "Ad-hoc Cypher (below)"));
  const text = h("textarea", {
    id: "cypher-text",
    spellcheck: "false",
    placeholder: "MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 100",
  });
  const params = h("input", { id: "query-params", type: "text", placeholder: '{"name": "..."}' });
  const run = h("button", { type: "submit" }, "Run query");
  const back = h("button", { type: "button", hidden: true }, "Back to the full graph");
  const form = h(
    "form",
    { class: "cypher", "aria-label": "Read-only query" },
    h("h2", {}, "Query"),
    h("label", { for: "query-name" }, "Named query"),
    named,
    h("label", { for: "cypher-text" }, "Read-only Cypher"),
    text,
    h("label", { for: "query-params" }, "Parameters (JSON)"),
    params,
    h("div", { class: "actions" }, run, back),
  );
  root.append(form);
  if (app.backend !== "neo4j") {
    form.append(h("p", { class: "doc" }, "Queries need Neo4j: start it with `kg db start` or set NEO4J_URI, then run `kg serve` without --graph."));
  }
  const examples = new Map<string, Record<string, unknown>>();
  api
    .queries()
    .then((list) => {
      for (const q of list) {
        examples.set(q.name, q.params ?? {});
        named.append(h("option", { value: q.name, title: q.description ?? "" }, q.name));
      }
    })
    .catch(() => {});
  // A named query comes with example parameters to edit.
  named.addEventListener("change", () => {
    const example = examples.get(named.value);
    params.value = example && Object.keys(example).length ? JSON.stringify(example) : "";
    text.disabled = !!named.value;
  });
  back.addEventListener("click", () => app.showQueryResult(undefined));
  app.store.subscribe((s) => {
    back.hidden = !s.queryView;
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    let p: Record<string, unknown> = {};
    try {
      p = params.value.trim() ? JSON.parse(params.value) : {};
    } catch {
      app.messages.error("The parameters are not valid JSON.");
      return;
    }
    const req = named.value ? { name: named.value, params: p } : { cypher: text.value, params: p };
    run.setAttribute("disabled", "");
    api
      .query(req)
      .then((data) => {
        app.showQueryResult(named.value || "Cypher", data);
        app.messages.info(`The query returned ${data.nodes.length} entities and ${data.edges.length} relations.`);
      })
      .catch((err: Error) => app.messages.error(`Query failed: ${err.message}`))
      .finally(() => run.removeAttribute("disabled"));
  });
}
