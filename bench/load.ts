// `npm run bench:load`: 100,000 nodes + 300,000 relationships through the batched loader, vs one row a transaction.
import neo4j, { type Driver } from "neo4j-driver";
import { ensureNeo4j, stopServer } from "../db/index.js";
import { resolveStoreConfig } from "../graph/store/config.js";
import { loadGraph } from "../graph/store/load.js";
import { ENTITY_TYPES, type SerializedKg } from "../graph/types.js";
import { defaultSchema } from "../ingest/schema.js";

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const RELS = Number(process.env.BENCH_RELS ?? 300_000);
const NAIVE_ROWS = Number(process.env.BENCH_NAIVE_ROWS ?? 2_000);
const PREFIX = "bench:";

/** A deterministic random graph (xorshift), with one evidence sentence on every relationship. */
export function generateGraph(nodes: number, rels: number, prefix = PREFIX): SerializedKg {
  let s = 2463534242;
  const rand = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0) / 4294967296);
  const relations = defaultSchema().relations.map((r) => r.name);
  const kg: SerializedKg = {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { documents: [{ id: `${prefix}doc`, path: "bench", sha256: "bench", length: 0 }] },
    nodes: [],
    edges: [],
  };
  for (let i = 0; i < nodes; i++) {
    const entityType = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    kg.nodes.push({ key: `${prefix}${i}`, attributes: { name: `Entity ${i}`, entityType, aliases: [`E${i}`], mentions: [], confidence: 0.5 } });
  }
  const seen = new Set<string>();
  while (kg.edges.length < rels) {
    const a = Math.floor(rand() * nodes);
    const b = Math.floor(rand() * nodes);
    const relation = relations[Math.floor(rand() * relations.length)]!;
    const key = `${relation}|${a}|${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    kg.edges.push({
      key: `${prefix}${key}`,
      source: `${prefix}${a}`,
      target: `${prefix}${b}`,
      attributes: { relation, confidence: 0.5, evidence: [{ doc: `${prefix}doc`, start: a, end: a + 10, text: "sentence" }] },
    });
  }
  return kg;
}

async function clean(driver: Driver, prefix: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run(
      `MATCH (e:Entity) WHERE e.key STARTS WITH $prefix
       CALL { WITH e DETACH DELETE e } IN TRANSACTIONS OF 2000 ROWS`,
      { prefix },
    );
    await session.run("MATCH (d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE d", { prefix });
  } finally {
    await session.close();
  }
}

/** One MERGE a transaction: the way not to do it, for the ratio. */
async function naiveLoad(driver: Driver, kg: SerializedKg, rows: number): Promise<number> {
  const session = driver.session();
  const t0 = performance.now();
  try {
    const nodes = kg.nodes.slice(0, rows / 2);
    for (const n of nodes) {
      await session.executeWrite((tx) =>
        tx.run(`MERGE (e:Entity {key: $key}) SET e.name = $name, e.entityType = $type`, {
          key: n.key,
          name: n.attributes!.name,
          type: n.attributes!.entityType,
        }),
      );
    }
    const keys = new Set(nodes.map((n) => n.key));
    const edges = kg.edges.filter((e) => keys.has(e.source) && keys.has(e.target)).slice(0, rows / 2);
    const extra = kg.edges.slice(0, rows / 2 - edges.length).map((e, i) => ({ ...e, source: nodes[i % nodes.length]!.key, target: nodes[(i * 7 + 1) % nodes.length]!.key }));
    for (const e of [...edges, ...extra]) {
      await session.executeWrite((tx) =>
        tx.run(`MATCH (a:Entity {key: $s}) MATCH (b:Entity {key: $t}) MERGE (a)-[r:NAIVE {key: $key}]->(b) SET r.confidence = 0.5`, {
          s: e.source,
          t: e.target,
          key: e.key,
        }),
      );
    }
    return rows / ((performance.now() - t0) / 1000);
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const ensured = await ensureNeo4j();
  const cfg = resolveStoreConfig();
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), { logging: { level: "error", logger: () => {} } });
  try {
    console.log(`bench:load against ${cfg.uri}: generating ${NODES} nodes and ${RELS} relationships`);
    const kg = generateGraph(NODES, RELS);
    await clean(driver, PREFIX);
    const t0 = performance.now();
    const phase: Record<string, number> = {};
    let last = t0;
    await loadGraph(driver, kg, {
      batchSize: Number(process.env.BENCH_BATCH ?? 5000),
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 1),
      onProgress: (p) => {
        const now = performance.now();
        phase[p.phase] = (phase[p.phase] ?? 0) + (now - last);
        last = now;
      },
    });
    const total = (performance.now() - t0) / 1000;
    const nodesPerS = NODES / ((phase.entities ?? 1) / 1000);
    const relsPerS = RELS / ((phase.relationships ?? 1) / 1000);
    const batchedRowsPerS = (NODES + RELS) / total;
    console.log(`batched: ${total.toFixed(1)} s total; nodes ${Math.round(nodesPerS)}/s, relationships ${Math.round(relsPerS)}/s, ${Math.round(batchedRowsPerS)} rows/s overall`);
    await clean(driver, PREFIX);
    const naive = await naiveLoad(driver, generateGraph(NAIVE_ROWS, NAIVE_ROWS, `${PREFIX}naive:`), NAIVE_ROWS);
    await clean(driver, `${PREFIX}naive:`);
    console.log(`naive (one row a transaction, ${NAIVE_ROWS} rows): ${Math.round(naive)} rows/s`);
    console.log(`ratio batched/naive: ${(batchedRowsPerS / naive).toFixed(1)}x; goal < 30 s and >= 30x: ${total < 30 && batchedRowsPerS / naive >= 30 ? "met" : "NOT met"}`);
  } finally {
    await driver.close();
    if (ensured.startedHere) await stopServer();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  main().catch((err) => {
    console.error(`bench:load: ${(err as Error).message}`);
    process.exit(1);
  });
}
