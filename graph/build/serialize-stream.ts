// The graph's deterministic JSON (sorted nodes, edges and object keys) as a stream of chunks, never one big string.
import type { KgGraph } from "./index.js";
import { toSerializedKg } from "./serialize.js";

/** Chunks are about this many characters (one node or edge never split). */
const CHUNK = 1 << 20;

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

const json = (value: unknown): string => JSON.stringify(sortKeys(value)) ?? "null";

/**
 * The bytes of `JSON.stringify` of the serialized graph with every object's keys sorted, plus a newline,
 * in chunks: memory for one chunk at a time instead of a deep copy and a string of the whole graph.
 * @example for (const chunk of serializedChunks(graph)) out.write(chunk);
 */
export function* serializedChunks(graph: KgGraph): Generator<string> {
  const kg = toSerializedKg(graph);
  const top = kg as unknown as Record<string, unknown>;
  let buf = "{";
  let firstKey = true;
  for (const key of Object.keys(top).sort()) {
    const value = top[key];
    if (value === undefined) continue;
    buf += `${firstKey ? "" : ","}${JSON.stringify(key)}:`;
    firstKey = false;
    if (!Array.isArray(value)) {
      buf += json(value);
      continue;
    }
    buf += "[";
    for (let i = 0; i < value.length; i++) {
      buf += (i ? "," : "") + json(value[i]);
      value[i] = undefined; // the copy made by toSerializedKg; the graph keeps its own
      if (buf.length >= CHUNK) {
        yield buf;
        buf = "";
      }
    }
    buf += "]";
  }
  yield `${buf}}\n`;
}
