// The viewer's data from Neo4j through graph/store: whole graph, search, expand, named and ad-hoc queries.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { StoreUnavailableError } from "../../graph/errors.js";
import { openStore, resolveStoreConfig, type Store } from "../../graph/store/index.js";
import type { DocumentInfo } from "../../graph/types.js";
import { coerceParams, listQueries, loadQuery } from "../../queries/index.js";
import { findMatches } from "../shared/search.js";
import { sentenceAround } from "../shared/sentence.js";
import type { DocumentAnswer, QueryInfo, SearchHit, ViewerBackend } from "./types.js";

/** Every entity and every relation between entities (mentions come back as node attributes). */
export const WHOLE_GRAPH = `MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]->(o:Entity) WHERE type(r) <> 'MENTIONS'
RETURN e, collect(r) AS rels`;

const SEARCH = `MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS $q OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $q)
RETURN e.key AS key, e.name AS name, e.entityType AS entityType, coalesce(e.aliases, []) AS aliases,
       coalesce(e.docCount, 0) AS weight
LIMIT 500`;

/** Named query parameters arrive as JSON values; the query library coerces strings by declared type. */
function asStrings(params: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

export function createStoreBackend(store: Store, baseDir = process.cwd()): ViewerBackend {
  return {
    kind: "neo4j",
    graph: () => store.subgraph(WHOLE_GRAPH),
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
export async function openStoreBackend(): Promise<ViewerBackend | undefined> {
  try {
    resolveStoreConfig();
  } catch (err) {
    if (err instanceof StoreUnavailableError) return undefined;
    throw err;
  }
  return createStoreBackend(await openStore());
}
