// The graph's deterministic JSON (sorted nodes, edges and object keys) as a stream of chunks, never one big string.
import { BuiltGraph } from "./built-graph.js";
import type { KgGraph } from "./index.js";
import { toSerializedKg } from "./serialize.js";

/** Chunks are about this many characters (one node or edge never split). */
const CHUNK = 1 << 16;

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

/** The serialized graph's four parts, nodes and edges as arrays or as lazy iterables. */
function parts(graph: KgGraph | BuiltGraph): Record<string, unknown> {
  if (graph instanceof BuiltGraph) return { options: graph.options, attributes: graph.attributes, nodes: graph.nodes(), edges: graph.edges() };
  return toSerializedKg(graph) as unknown as Record<string, unknown>;
}

/**
 * A BuiltGraph's nodes and edges are built with every object's keys in sorted order (built-graph.ts,
 * node-attributes.ts, edges.ts): they are written as they are, without a sorted deep copy of each.
 */
const presorted = (graph: KgGraph | BuiltGraph, key: string): boolean => graph instanceof BuiltGraph && (key === "nodes" || key === "edges");

const isList = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) || (typeof v === "object" && v !== null && typeof (v as Generator).next === "function");

/** An array's items, each dropped from the array once read (the copies made by toSerializedKg). */
function* drain(list: unknown[]): Generator<unknown> {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    list[i] = undefined;
    yield item;
  }
}

/**
 * The bytes of `JSON.stringify` of the serialized graph with every object's keys sorted, plus a newline,
 * in chunks: memory for one chunk at a time instead of a deep copy and a string of the whole graph.
 * A `BuiltGraph` (GraphBuilder.finish) is read one node or edge at a time and closed at the end, or
 * when the consumer stops early.
 * @example for (const chunk of serializedChunks(builder.finish())) out.write(chunk);
 */
export function* serializedChunks(graph: KgGraph | BuiltGraph): Generator<string> {
  try {
    const top = parts(graph);
    let buf = "{";
    let firstKey = true;
    for (const key of Object.keys(top).sort()) {
      const value = top[key];
      if (value === undefined) continue;
      buf += `${firstKey ? "" : ","}${JSON.stringify(key)}:`;
      firstKey = false;
      if (!isList(value)) {
        buf += json(value);
        continue;
      }
      buf += "[";
      let i = 0;
      const write = presorted(graph, key) ? (item: unknown) => JSON.stringify(item) : json;
      for (const item of Array.isArray(value) ? drain(value) : value) {
        buf += (i++ ? "," : "") + write(item);
        if (buf.length >= CHUNK) {
          yield buf;
          buf = "";
        }
      }
      buf += "]";
    }
    yield `${buf}}\n`;
  } finally {
    if (graph instanceof BuiltGraph) graph.close();
  }
}
