// A synthetic kg graph for bench:viewer: N entities, M relations, reproducible, optionally with positions.
import { ENTITY_TYPES, type SerializedKg } from "../graph/types.js";
import { rng } from "../ingest/rng.js";

const RELATIONS = ["MET_WITH", "ATTACKED", "LEADS", "MEMBER_OF", "LOCATED_IN", "FUNDS", "VISITED", "WORKS_ON"];


/**
 * Entities in clusters (so a layout has something to find), relations mostly inside clusters.
 * @example syntheticGraph(20_000, 50_000, { positions: true }).nodes.length // 20000
 */
export function syntheticGraph(nodes: number, edges: number, options: { positions?: boolean; seed?: number } = {}): SerializedKg {
  const random = rng(options.seed ?? 42);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: clusters }, () => [random() * 2000 - 1000, random() * 2000 - 1000] as const);
  const out: SerializedKg = {
    attributes: { documents: [{ id: "bench", path: "bench.txt", sha256: "0", length: 0 }], generator: "bench:viewer" },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  for (let i = 0; i < nodes; i++) {
    const c = centres[i % clusters]!;
    const attributes: SerializedKg["nodes"][number]["attributes"] = {
      name: `Entity ${i}`,
      entityType: ENTITY_TYPES[Math.floor(random() * ENTITY_TYPES.length)]!,
      aliases: i % 5 === 0 ? [`E${i}`] : [],
      mentions: [{ doc: "bench", start: i, end: i + 1 }],
      docCount: 1 + Math.floor(random() * 4),
    };
    if (options.positions) {
      attributes.x = c[0] + (random() - 0.5) * 200;
      attributes.y = c[1] + (random() - 0.5) * 200;
    }
    out.nodes.push({ key: `n${i}`, attributes });
  }
  const seen = new Set<string>();
  while (out.edges.length < edges) {
    const s = Math.floor(random() * nodes);
    // 90 % of relations stay inside the cluster.
    const t = random() < 0.9 ? (s + clusters * (1 + Math.floor(random() * 20))) % nodes : Math.floor(random() * nodes);
    const relation = RELATIONS[Math.floor(random() * RELATIONS.length)]!;
    const key = `${relation}|n${s}|n${t}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    out.edges.push({ key, source: `n${s}`, target: `n${t}`, attributes: { relation, evidence: [{ doc: "bench", start: 0, end: 1 }], docCount: 1 } });
  }
  return out;
}
