// The Store over neo4j-driver: one driver per store, read-only guard, named queries, subgraphs as kg graphs.
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { coerceParams, loadQuery } from "../../queries/index.js";
import { StoreUnavailableError, UsageError } from "../errors.js";
import type { DocumentInfo, Mention, SerializedKg } from "../types.js";
import { loadGraph, type LoadOptions, type LoadSummary } from "./load.js";
import { assertReadOnly } from "./read-only.js";
import { assembleKg, collectGraphValues, referencedDocs, type Collected } from "./to-kg.js";
import type { Row, Store, StoreConfig } from "./types.js";
import { toNeo4jParams, toPlain } from "./values.js";

const ENTITY_MATCH = `e.key = $entity OR toLower(e.name) = toLower($entity)
  OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = toLower($entity))`;

export class Neo4jStore implements Store {
  readonly driver: Driver;

  constructor(readonly config: StoreConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      logging: { level: "error", logger: () => {} },
      connectionTimeout: 5000,
    });
  }

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.config.database ? { database: this.config.database } : {}),
    });
  }

  /** Checks that Neo4j answers; StoreUnavailableError with what to do when not. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.config.database ? { database: this.config.database } : {});
    } catch (err) {
      const hint = this.config.origin === "local" ? "run `kg db start`" : "check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD";
      throw new StoreUnavailableError(`graph/store: cannot reach Neo4j at ${this.config.uri} (${(err as Error).message.split("\n")[0]}): ${hint}`, { cause: err });
    }
  }

  async runRead(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const p = toNeo4jParams(params);
    const session = this.session("READ");
    try {
      await assertReadOnly(session, cypher, p);
      const res = await session.executeRead((tx) => tx.run(cypher, p));
      return res.records.map((r) => toPlain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  /** Any Cypher, writes allowed (`kg query --write`). */
  async runWrite(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session("WRITE");
    try {
      const res = await session.executeWrite((tx) => tx.run(cypher, toNeo4jParams(params)));
      return res.records.map((r) => toPlain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  async runNamed(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const q = loadQuery(name);
    const raw = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v as string]));
    return this.runRead(q.cypher, coerceParams(q, raw));
  }

  async neighbourhood(entity: string, depth: number): Promise<SerializedKg> {
    if (!Number.isInteger(depth) || depth < 0 || depth > 6) throw new UsageError("graph/store: depth must be an integer from 0 to 6");
    const start = await this.runRead(`MATCH (e:Entity) WHERE ${ENTITY_MATCH} RETURN e.key AS key ORDER BY e.docCount DESC LIMIT 1`, { entity });
    if (start.length === 0) throw new UsageError(`graph/store: no entity named "${entity}"`);
    const seen = new Set<string>([String(start[0]!.key)]);
    let frontier = [...seen];
    for (let d = 0; d < depth && frontier.length > 0; d++) {
      const next = await this.runRead(
        `MATCH (a:Entity)-[r]-(b:Entity) WHERE a.key IN $keys AND type(r) <> 'MENTIONS' RETURN DISTINCT b.key AS key`,
        { keys: frontier },
      );
      frontier = next.map((r) => String(r.key)).filter((k) => !seen.has(k));
      frontier.forEach((k) => seen.add(k));
    }
    return this.subgraph(
      `MATCH (e:Entity) WHERE e.key IN $keys
       OPTIONAL MATCH (e)-[r]->(o:Entity) WHERE o.key IN $keys AND type(r) <> 'MENTIONS'
       RETURN e, collect(r) AS rels`,
      { keys: [...seen] },
    );
  }

  async subgraph(cypher: string, params: Record<string, unknown> = {}): Promise<SerializedKg> {
    const rows = await this.runRead(cypher, params);
    const c = collectGraphValues(rows);
    await this.addMissingEndpoints(c);
    const mentions = await this.mentionsOf([...c.nodes.values()].map((n) => String(n.properties.key)));
    const documents = await this.documents(referencedDocs(c, mentions));
    return assembleKg(c, mentions, documents);
  }

  /** Relationships returned without their end nodes: fetch the nodes so the edges are kept. */
  private async addMissingEndpoints(c: Collected): Promise<void> {
    const missing = new Set<string>();
    for (const r of c.relationships.values()) for (const id of [r.start, r.end]) if (!c.nodes.has(id)) missing.add(id);
    if (missing.size === 0) return;
    const rows = await this.runRead("MATCH (n:Entity) WHERE elementId(n) IN $ids RETURN n", { ids: [...missing] });
    collectGraphValues(rows, c);
  }

  private async mentionsOf(keys: string[]): Promise<Map<string, Mention[]>> {
    const out = new Map<string, Mention[]>();
    if (keys.length === 0) return out;
    const rows = await this.runRead(
      `MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE e.key IN $keys
       RETURN e.key AS key, d.id AS doc, m.start AS start, m.end AS end, m.text AS text ORDER BY doc, start, end`,
      { keys },
    );
    for (const r of rows) {
      const m: Mention = { doc: String(r.doc), start: Number(r.start), end: Number(r.end) };
      if (r.text) m.text = String(r.text);
      const list = out.get(String(r.key)) ?? [];
      list.push(m);
      out.set(String(r.key), list);
    }
    return out;
  }

  private async documents(ids: string[]): Promise<DocumentInfo[]> {
    if (ids.length === 0) return [];
    const rows = await this.runRead("MATCH (d:Document) WHERE d.id IN $ids RETURN properties(d) AS d ORDER BY d.id", { ids });
    return rows.map((r) => r.d as DocumentInfo);
  }

  /** Loads a kg graph (see loadGraph). */
  async load(kg: SerializedKg, options: LoadOptions = {}): Promise<LoadSummary> {
    return loadGraph(this.driver, kg, { ...options, ...(this.config.database ? { database: this.config.database } : {}) });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
