// The viewer's data from Neo4j through graph/store: whole graph, search, expand, named and ad-hoc queries.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { StoreUnavailableError } from "../../graph/errors.js";
import { openStore, resolveStoreConfig, type Store } from "../../graph/store/index.js";
import type { DocumentInfo, SerializedKg } from "../../graph/types.js";
import { coerceParams, listQueries, loadQuery } from "../../queries/index.js";
import { findMatches } from "../shared/search.js";
import { sentenceAround } from "../shared/sentence.js";
import type { DocumentAnswer, QueryInfo, SearchHit, ViewerBackend } from "./types.js";

/** Every entity and every relation between entities (mentions come back as node attributes). */
export const WHOLE_GRAPH = `MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]->(o:Entity) WHERE type(r) <> 'MENTIONS'
RETURN e, collect(r) AS rels`;

/** The viewer's first screen on a large database: the best-attested entities and the relations among them. */
export const TOP_GRAPH = `MATCH (e:Entity)
WITH e ORDER BY coalesce(e.docCount, 0) DESC, COUNT { (e)--(:Entity) } DESC, e.key
LIMIT $limit
WITH collect(e) AS top
UNWIND top AS e
OPTIONAL MATCH (e)-[r]->(o:Entity) WHERE type(r) <> 'MENTIONS' AND o IN top
RETURN e, collect(r) AS rels`;

/** How many entities the viewer loads at start when the database holds more (search and expand reach the rest). */
export const DEFAULT_MAX_NODES = 20_000;

const SEARCH = `MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS $q OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $q)
RETURN e.key AS key, e.name AS name, e.entityType AS entityType, coalesce(e.aliases, []) AS aliases,
       coalesce(e.docCount, 0) AS weight
LIMIT 500`;

/** Named query parameters arrive as JSON values; the query library coerces strings by declared type. */
function asStrings(params: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

/** The whole graph when it fits in `maxNodes` entities, else the top ones, marked `truncated` for the viewer. */
async function initialGraph(store: Store, maxNodes: number): Promise<SerializedKg> {
  const total = Number((await store.runRead("MATCH (e:Entity) RETURN count(e) AS n"))[0]?.n ?? 0);
  if (total <= maxNodes) return store.subgraph(WHOLE_GRAPH);
  const kg = await store.subgraph(TOP_GRAPH, { limit: maxNodes });
  return { ...kg, attributes: { ...kg.attributes, truncated: { shown: kg.nodes.length, total } } };
}

export function createStoreBackend(store: Store, baseDir = process.cwd(), maxNodes = DEFAULT_MAX_NODES): ViewerBackend {
  return {
    kind: "neo4j",
    graph: () => initialGraph(store, maxNodes),
    async search(q, limit): Promise<SearchHit[]> {
      const rows = await store.runRead(SEARCH, { q: q.toLowerCase().trim() });
      const items = rows.map((r) => ({
        key: String(r.key),
        name: String(r.name ?? r.key),
        aliases: (r.aliases as string[]) ?? [],
        weight: Number(r.weight ?? 0),
        type: r.entityType as SearchHit["entityType"],
      }));
      return findMatches(items, q, limit).map((m) => ({ key: m.item.key, name: m.item.name, entityType: m.item.type, matched: m.matched }));
    },
    expand: (node, depth) => store.neighbourhood(node, depth),
    queries: async (): Promise<QueryInfo[]> =>
      listQueries().map((q) => ({
        name: q.name,
        description: q.description,
        params: Object.fromEntries(q.params.map((p) => [p.name, p.example])),
      })),
    async query(req) {
      if (req.name) {
        const q = loadQuery(req.name);
        return store.subgraph(q.cypher, coerceParams(q, asStrings(req.params)));
      }
      return store.subgraph(req.cypher ?? "", req.params ?? {});
    },
    async document(id, span): Promise<DocumentAnswer | undefined> {
      const rows = await store.runRead("MATCH (d:Document {id: $id}) RETURN properties(d) AS d", { id });
      const info = rows[0]?.d as DocumentInfo | undefined;
      if (!info) return undefined;
      if (!span || !info.path) return info;
      const text = await readFile(path.resolve(baseDir, info.path), "utf8").catch(() => undefined);
      const context = text ? sentenceAround(text, span.start, span.end) : undefined;
      return context ? { ...info, context } : info;
    },
    close: () => store.close(),
  };
}

/**
 * Neo4j when configured (NEO4J_URI) or running locally (`kg db start`); undefined when neither.
 * A configured but unreachable Neo4j is an error that says what to do.
 */
export async function openStoreBackend(maxNodes?: number): Promise<ViewerBackend | undefined> {
  try {
    resolveStoreConfig();
  } catch (err) {
    if (err instanceof StoreUnavailableError) return undefined;
    throw err;
  }
  return createStoreBackend(await openStore(), process.cwd(), maxNodes);
}
