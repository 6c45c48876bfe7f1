// bench:viewer's baseline: the same graph drawn by sigma alone (no app, no reducers, no panels).
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

const COLORS: Record<string, string> = { Person: "#e15759", Organization: "#4e79a7", Place: "#59a14f", Project: "#f28e2b", Group: "#b07aa1", Event: "#9c755f" };

async function boot(): Promise<void> {
  const data = await (await fetch("/api/graph")).json();
  const graph = new MultiDirectedGraph();
  graph.import(data);
  // The same colours and sizes the app draws (4..20 px by degree), so only the app's overhead differs.
  let max = 1;
  graph.forEachNode((key) => (max = Math.max(max, graph.degree(key))));
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, { label: a.name, color: COLORS[a.entityType] ?? "#999", size: 4 + 16 * Math.sqrt(graph.degree(key) / max) });
  });
  // The app draws edges 1 px wide (sigma's default is 0.5): software WebGL time grows with pixels filled.
  graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, "size", 1));
  const sigma = new Sigma(graph, document.getElementById("sigma")!, { defaultEdgeType: "arrow" });
  (window as unknown as { kg: unknown }).kg = { sigma, graph };
  requestAnimationFrame(() => (document.body.dataset.ready = "true"));
}

void boot();
