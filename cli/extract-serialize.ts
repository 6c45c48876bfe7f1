// Deterministic JSON for a graph: graph/build's sorted export, with object keys in sorted order too.
import { toSerializedKg, type KgGraph } from "../graph/build/index.js";

/** The graph as graphology serialized JSON; the same graph always gives the same bytes. */
export function serializeGraph(graph: KgGraph): string {
  return `${JSON.stringify(sortKeys(toSerializedKg(graph)))}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
