// Loads a kg graph into Neo4j: constraints first, then batched UNWIND ... MERGE, one transaction a batch.
import { UsageError } from "../errors.js";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { defaultSchema } from "../../ingest/schema.js";
import { graphToRows, groupBy, toColumnar, type KgRows } from "../export/index.js";
import type { SerializedKg } from "../types.js";
import * as Q from "../export/model-cypher.js";

export interface LoadOptions {
  /** Rows a transaction (default 2000). */
  batchSize?: number;
  database?: string;
  /** Allowed relationship types (default: the bundled schema's relations). */
  relationTypes?: Iterable<string>;
  /** Sessions writing relationship groups at once (default 1). */
  concurrency?: number;
  /** Called after each committed batch. */
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
}

export interface LoadSummary {
  documents: number;
  entities: number;
  mentions: number;
  relationships: number;
  /** Documents already in Neo4j whose sha256 changed: their old facts were removed first. */
  replacedDocuments: string[];
  ms: number;
}

/** Creates kg's uniqueness constraints and indexes (idempotent). */
export async function ensureConstraints(driver: Driver, database?: string): Promise<void> {
  for (const q of Q.CONSTRAINTS) await driver.executeQuery(q, {}, { database });
}

/**
 * Loads `kg` into Neo4j. Idempotent: loading the same graph twice changes nothing; shared entities
 * merge by key; a document whose sha256 changed has its old mentions and evidence replaced.
 * Each batch is one transaction, so a failure never leaves a half-written batch.
 */
export async function loadGraph(driver: Driver, kg: SerializedKg, options: LoadOptions = {}): Promise<LoadSummary> {
  const t0 = Date.now();
  const rows = graphToRows(kg);
  const allowed = new Set(options.relationTypes ?? defaultSchema().relations.map((r) => r.name));
  for (const r of rows.relations) {
    if (!allowed.has(r.relation)) throw new UsageError(`graph/store: relation type "${r.relation}" is not in the schema`);
  }
  const database = options.database;
  await ensureConstraints(driver, database);
  const session = driver.session({ database });
  try {
    const write = (cypher: string, params: Record<string, unknown>) =>
      session.executeWrite((tx: ManagedTransaction) => tx.run(cypher, params));
    const batches = batcher(write, options);
    const replaced = await replaceChangedDocuments(session, rows, batches.touched);
    await batches.run("documents", Q.UPSERT_DOCUMENTS, rows.documents);
    for (const [type, list] of groupBy(rows.entities, (e) => e.entityType)) {
      await batches.run("entities", Q.upsertEntities(type as never), list);
    }
    await batches.run("mentions", Q.UPSERT_MENTIONS, rows.mentions);
    await runLanes(driver, options, [...groupBy(rows.relations, (r) => r.relation)], async (lane, [type, list]) => {
      await lane.run("relationships", Q.upsertRelations(type, allowed), list, { docIds: rows.docIds });
    });
    const keys = [...new Set([...rows.mentions.map((m) => m.key), ...batches.touched])];
    await batches.run("docCounts", Q.UPDATE_DOC_COUNTS, keys, {}, "keys");
    return {
      documents: rows.documents.length,
      entities: rows.entities.length,
      mentions: rows.mentions.length,
      relationships: rows.relations.length,
      replacedDocuments: replaced,
      ms: Date.now() - t0,
    };
  } finally {
    await session.close();
  }
}

type Write = (cypher: string, params: Record<string, unknown>) => Promise<unknown>;

/**
 * Relationship groups (one a type) on `concurrency` sessions at once, so the client encodes one batch
 * while Neo4j writes another. Deadlocks between lanes are transient and retried by executeWrite.
 */
async function runLanes<T>(
  driver: Driver,
  options: LoadOptions,
  groups: T[],
  fn: (lane: ReturnType<typeof batcher>, group: T) => Promise<void>,
): Promise<void> {
  const queue = [...groups];
  const lanes = Math.max(1, Math.min(options.concurrency ?? 1, queue.length));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      const session = driver.session({ database: options.database });
      const lane = batcher((c, p) => session.executeWrite((tx: ManagedTransaction) => tx.run(c, p)), options);
      try {
        for (let g = queue.shift(); g !== undefined; g = queue.shift()) await fn(lane, g);
      } finally {
        await session.close();
      }
    }),
  );
}

function batcher(write: Write, options: LoadOptions) {
  const size = Math.max(1, options.batchSize ?? 2000);
  const touched: string[] = [];
  return {
    touched,
    async run(phase: string, cypher: string, list: unknown[], extra: Record<string, unknown> = {}, name = "rows") {
      for (let i = 0; i < list.length; i += size) {
        const batch = list.slice(i, i + size);
        if (name === "rows") {
          const c = toColumnar(cypher, batch as Array<Record<string, unknown>>);
          await write(c.cypher, { ...extra, ...c.params });
        } else await write(cypher, { ...extra, [name]: batch });
        options.onProgress?.({ phase, done: Math.min(i + size, list.length), total: list.length });
      }
    },
  };
}

/**
 * Documents whose stored sha256 (text) or factsHash (what the graph says about them) differs from the
 * new one lose their old facts first, one transaction each.
 */
async function replaceChangedDocuments(
  session: ReturnType<Driver["session"]>,
  rows: KgRows,
  touched: string[],
): Promise<string[]> {
  const incoming = new Map(rows.documents.map((d) => [d.id, d.props]));
  const ids = [...incoming.keys()];
  if (ids.length === 0) return [];
  const res = await session.executeRead((tx) => tx.run(Q.DOCUMENT_HASHES, { ids }));
  const differs = (field: string, stored: unknown, id: string) => {
    const now = incoming.get(id)?.[field];
    return stored != null && now != null && stored !== now;
  };
  const changed = res.records
    .filter((r) => differs("sha256", r.get("sha256"), r.get("id")) || differs("factsHash", r.get("factsHash"), r.get("id")))
    .map((r) => String(r.get("id")));
  for (const id of changed) {
    const keys = await session.executeWrite(async (tx) => {
      await tx.run(Q.PURGE_DOCUMENT_EVIDENCE, { id });
      const out = await tx.run(Q.PURGE_DOCUMENT_MENTIONS, { id });
      return out.records.map((r) => String(r.get("key")));
    });
    touched.push(...keys);
  }
  return changed.sort();
}
