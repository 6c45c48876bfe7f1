// bench:viewer's baseline: the same graph drawn by sigma alone (no app, no reducers, no panels).
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

const COLORS: Record<string, string> = { Person: "#e15759", Organization: "#4e79a7", Place: "#59a14f", Project: "#f28e2b", Group: "#b07aa1", Event: "#9c755f" };

async function boot(): Promise<void> {
  const data = await (await fetch("/api/graph")).json();
  const graph = new MultiDirectedGraph();
  graph.import(data);
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, { label: a.name, color: COLORS[a.entityType] ?? "#999", size: 4 + Math.sqrt(graph.degree(key)) });
  });
  const sigma = new Sigma(graph, document.getElementById("sigma")!, { defaultEdgeType: "arrow" });
  (window as unknown as { kg: unknown }).kg = { sigma, graph };
  requestAnimationFrame(() => (document.body.dataset.ready = "true"));
}

void boot();
