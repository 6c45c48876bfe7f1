// Viewer entry: load the graph from the API, draw it with sigma, mount controllers and panels.
import { createApp, hasPositions } from "./app.js";
import { api } from "./api.js";
import { toGraph } from "./core/graph/load.js";
import { bindInteractions } from "./controllers/interactions.js";
import { layoutNow } from "./controllers/layout.js";
import { restoreCamera, stateFromUrl, syncUrl } from "./controllers/url-sync.js";
import { createView } from "./controllers/view.js";
import { mountCypherBox } from "./panels/cypher-box.js";
import { h } from "./panels/dom.js";
import { mountFiltersPanel } from "./panels/filters-panel.js";
import { createMessages } from "./panels/messages.js";
import { mountSearchBox } from "./panels/search-box.js";
import { mountSidePanel } from "./panels/side-panel.js";
import { mountToolbar } from "./panels/toolbar.js";
import { createStore } from "./state.js";
import { INITIAL_STATE } from "./types.js";

const byId = (id: string) => document.getElementById(id)!;

/** Small graphs are laid out at once; large ones start on a circle and run FA2 in the worker. */
const SYNC_LAYOUT_MAX = 2000;

async function boot(): Promise<void> {
  const messages = createMessages(byId("messages"));
  const status = byId("status");
  status.textContent = "Loading the graph…";
  const t0 = performance.now();
  const [data, info] = await Promise.all([api.graph(), api.info().catch(() => ({ backend: "file" as const }))]);
  const graph = toGraph(data);
  const positioned = hasPositions(data);
  const layoutStart = performance.now();
  if (!positioned && graph.order <= SYNC_LAYOUT_MAX) layoutNow(graph);
  const syncLayoutMs = !positioned && graph.order <= SYNC_LAYOUT_MAX ? performance.now() - layoutStart : undefined;
  const { state, camera } = stateFromUrl(INITIAL_STATE);
  const store = createStore(state);
  const view = createView(byId("sigma"), graph, store);
  const app = createApp({ graph, sigma: view.sigma, view, store, messages, backend: info.backend }, data);
  bindInteractions(view.sigma, graph, store);
  mountSearchBox(byId("search"), app);
  mountToolbar(byId("toolbar"), app);
  const sidebar = byId("sidebar");
  const filters = h("div", { id: "filters" });
  const cypher = h("div", { id: "cypher" });
  sidebar.append(filters, cypher);
  mountFiltersPanel(filters, app);
  mountCypherBox(cypher, app);
  mountSidePanel(byId("panel"), app);
  restoreCamera(view.sigma, camera);
  syncUrl(app);
  const firstFrame = performance.now() - t0;
  status.textContent = `${graph.order} entities, ${graph.size} relations (${info.backend === "neo4j" ? "Neo4j" : "graph file"})`;
  const truncated = data.attributes?.truncated as { shown: number; total: number } | undefined;
  if (truncated) {
    status.textContent = `${graph.order} of ${truncated.total} entities (the best-attested), ${graph.size} relations (Neo4j)`;
    messages.info(`Showing ${truncated.shown} of ${truncated.total} entities: search or expand a node to reach the rest.`);
  }
  if (graph.order === 0) messages.info("The graph is empty: extract some articles first (`kg extract <files> --out graph.json`).");
  const debug = { app, graph, sigma: view.sigma, firstFrame, layoutMs: syncLayoutMs };
  (window as unknown as { kg: typeof debug }).kg = debug;
  if (!positioned && graph.order > SYNC_LAYOUT_MAX) void app.layout.settle(60_000).then((ms) => (debug.layoutMs = ms));
  document.body.dataset.ready = "true";
}

boot().catch((err: Error) => {
  const box = byId("messages");
  box.append(h("div", { class: "message" }, h("span", {}, `The viewer could not start: ${err.message}`)));
  document.body.dataset.ready = "error";
});
