// The neighbourhood of an entity in a kg graph file (breadth-first over relations), without Neo4j.
import { UsageError } from "../errors.js";
import type { SerializedKg } from "../types.js";

/** Finds an entity by key, name or alias (case-insensitive); the most-mentioned wins a tie. */
export function findEntity(kg: SerializedKg, entity: string): string | undefined {
  const needle = entity.toLowerCase();
  const hits = kg.nodes.filter((n) => {
    const a = n.attributes;
    return n.key === entity || a?.name?.toLowerCase() === needle || (a?.aliases ?? []).some((x) => x.toLowerCase() === needle);
  });
  hits.sort((x, y) => (y.attributes?.docCount ?? 0) - (x.attributes?.docCount ?? 0));
  return hits[0]?.key;
}

/** The entities within `depth` hops of `entity` and the relations among them; documents kept. */
export function neighbourhoodOf(kg: SerializedKg, entity: string, depth: number): SerializedKg {
  const start = findEntity(kg, entity);
  if (!start) throw new UsageError(`graph/export: no entity named "${entity}"`);
  const adjacent = new Map<string, string[]>();
  for (const e of kg.edges) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    frontier = frontier.flatMap((k) => adjacent.get(k) ?? []).filter((k) => !seen.has(k) && (seen.add(k), true));
  }
  return {
    ...kg,
    nodes: kg.nodes.filter((n) => seen.has(n.key)),
    edges: kg.edges.filter((e) => seen.has(e.source) && seen.has(e.target)),
  };
}
