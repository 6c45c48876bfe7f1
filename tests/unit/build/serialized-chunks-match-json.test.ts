// serializedChunks: the streamed graph file has exactly the bytes of the one-string serialization.
import { describe, expect, it } from "vitest";
import { buildGraph, toSerializedKg, type KgGraph } from "../../../graph/build/index.js";
import { serializedChunks } from "../../../graph/build/serialize-stream.js";
import type { DocExtraction } from "../../../graph/types.js";

/** The reference: the whole serialized graph as one string, keys sorted by a JSON.stringify replacer. */
function serializeGraph(graph: KgGraph): string {
  const sorted = (_k: string, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v;
  return `${JSON.stringify(toSerializedKg(graph), sorted)}\n`;
}

const doc = (id: string): DocExtraction => ({
  doc: { id, path: `${id}.txt`, sha256: id, length: 80, date: "2024-05-06" },
  entities: [
    { id: "a", name: "Lena Weiss", entityType: "Person", aliases: [], roles: ["Minister"], mentions: [{ doc: id, start: 0, end: 10, text: "Lena Weiss" }], confidence: 0.9 },
    { id: "b", name: "Porto", entityType: "Place", aliases: [], mentions: [{ doc: id, start: 19, end: 24, text: "Porto" }], confidence: 0.8, attributes: { countryCode: "PT", lat: 41.1, lon: -8.6 } },
  ],
  relations: [{ relation: "VISITED", head: "a", tail: "b", evidence: { doc: id, start: 0, end: 25, text: "Lena Weiss visited Porto.", trigger: "visit" }, confidence: 0.8 }],
  warnings: [],
});

describe("serializedChunks", () => {
  it("joins to the same bytes as the one-string serialization with sorted keys", () => {
    const graph = buildGraph([doc("x"), doc("y")], { generator: "test" });
    expect([...serializedChunks(graph)].join("")).toBe(serializeGraph(graph));
  });

  it("serialises an empty graph the same way", () => {
    const graph = buildGraph([]);
    expect([...serializedChunks(graph)].join("")).toBe(serializeGraph(graph));
  });
});
