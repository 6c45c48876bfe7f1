// The viewer's data from a graph.json file held in memory (no Neo4j): expand works on the loaded graph.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { InputError, UsageError } from "../../graph/errors.js";
import type { SerializedKg } from "../../graph/types.js";
import { findMatches } from "../shared/search.js";
import { sentenceAround } from "../shared/sentence.js";
import { nodesWithin, resolveNode, serializeSubset, type AnyKgGraph } from "./graph-subset.js";
import type { DocumentAnswer, SearchHit, ViewerBackend } from "./types.js";

/** Reads and parses a kg graph file; a clear InputError when it is not one. */
export async function readGraphFile(file: string): Promise<SerializedKg> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new InputError(file, `cannot read the graph: ${(err as Error).message}`, { cause: err, skipped: false });
  }
  const g = data as Partial<SerializedKg>;
  if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) {
    throw new InputError(file, "not a kg graph (expected graphology JSON with nodes and edges)", { skipped: false });
  }
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: false }, ...g } as SerializedKg;
}

/** A backend over one in-memory graph; `baseDir` resolves relative document paths. */
export function createFileBackend(data: SerializedKg, baseDir = process.cwd()): ViewerBackend {
  const graph: AnyKgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.import(data);
  const texts = new Map<string, Promise<string | undefined>>();
  const docText = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFile(path.resolve(baseDir, file), "utf8").catch(() => undefined));
    return texts.get(file)!;
  };
  const entities = () =>
    graph.mapNodes((key, a) => ({ key, name: a.name ?? key, aliases: a.aliases, weight: graph.degree(key), type: a.entityType }));

  return {
    kind: "file",
    graph: async () => graph.export(),
    search: async (q, limit): Promise<SearchHit[]> =>
      findMatches(entities(), q, limit).map((m) => ({
        key: m.item.key,
        name: m.item.name,
        entityType: m.item.type,
        matched: m.matched,
      })),
    expand: async (node, depth) => {
      const key = resolveNode(graph, node);
      if (!key) throw new UsageError(`viewer/server: no entity "${node}" in the graph`);
      return serializeSubset(graph, nodesWithin(graph, key, depth));
    },
    queries: async () => [],
    query: async () => {
      throw new UsageError("viewer/server: queries need Neo4j (set NEO4J_URI or run `kg db start`); serving a graph file");
    },
    document: async (id, span): Promise<DocumentAnswer | undefined> => {
      const info = (graph.getAttribute("documents") ?? []).find((d) => d.id === id);
      if (!info) return undefined;
      if (!span) return info;
      const text = info.path ? await docText(info.path) : undefined;
      const context = text ? sentenceAround(text, span.start, span.end) : undefined;
      return context ? { ...info, context } : info;
    },
    close: async () => {},
  };
}
