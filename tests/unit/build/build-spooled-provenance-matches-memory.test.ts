// GraphBuilder: evidence spooled to disk, finish() streamed or build() in memory, in any add order: the same bytes.
import { describe, expect, it } from "vitest";
import { GraphBuilder, toSerializedKg } from "../../../graph/build/index.js";
import { serializedChunks } from "../../../graph/build/serialize-stream.js";
import type { DocExtraction, ExtractedEntity } from "../../../graph/types.js";

function entity(doc: string, id: string, name: string, entityType: ExtractedEntity["entityType"], at: number, confidence: number, attributes?: Record<string, unknown>): ExtractedEntity {
  const e: ExtractedEntity = { id, name, entityType, aliases: [], mentions: [{ doc, start: at, end: at + name.length, text: name }], confidence };
  if (attributes) e.attributes = attributes;
  return e;
}

/** Documents whose merged confidences, place facts and evidence order all depend on document order. */
function docs(): DocExtraction[] {
  return Array.from({ length: 12 }, (_, i) => {
    const id = `doc-${String((i * 7) % 12).padStart(2, "0")}`;
    const sentence = `Sentence ${i}: Ada Varga met Otto Brandt in Lyon (${"é".repeat(i)}).`;
    return {
      doc: { id, path: `${id}.txt`, sha256: id, length: 500 },
      entities: [
        entity(id, "a", "Ada Varga", "Person", 0, 0.31 + i / 100),
        entity(id, "b", i % 2 ? "Otto Brandt" : "Brandt", "Person", 20, 0.47 + i / 50),
        entity(id, "c", "Lyon", "Place", 40, 0.6, i % 3 ? { countryCode: `C${i}`, lat: i, lon: -i } : undefined),
      ],
      relations: [
        { relation: "MET_WITH", head: "a", tail: "b", evidence: { doc: id, start: 0, end: 60, text: sentence, trigger: "met" }, confidence: 0.33 + i / 97, date: `2024-01-${String(1 + i).padStart(2, "0")}` },
        { relation: "VISITED", head: "a", tail: "c", evidence: { doc: id, start: 0, end: 60, text: sentence, trigger: "in" }, confidence: 0.41 },
        { relation: "VISITED", head: "b", tail: "c", evidence: { doc: id, start: 0, end: 60, text: sentence }, confidence: 0.5 },
      ],
      warnings: [],
    };
  });
}

const sortedJson = (v: unknown) => `${JSON.stringify(v, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x))}\n`;

describe("GraphBuilder provenance out of the heap", () => {
  it("gives the same bytes whether evidence stays in memory or is spooled, streamed or built, in any add order", () => {
    const inMemory = new GraphBuilder({ generator: "t" });
    for (const d of docs()) inMemory.add(d);
    const expected = sortedJson(toSerializedKg(inMemory.build()));

    const spooled = new GraphBuilder({ generator: "t", spoolLimit: 16 });
    for (const d of docs().reverse()) spooled.add(d);
    const built = spooled.finish();
    expect([built.order, built.size]).toEqual([3, 3]);
    expect([...serializedChunks(built)].join("")).toBe(expected);

    const direct = new GraphBuilder({ generator: "t", spoolLimit: 100 });
    for (const d of docs()) direct.add(d);
    expect(sortedJson(toSerializedKg(direct.finish()))).toBe(expected); // what kg ingest loads

    const graph = JSON.parse(expected);
    const lyon = graph.nodes.find((n: { key: string }) => n.key === "Place:lyon").attributes;
    // facts from the first document by id that has any (doc-00 has none; doc-01 is the 8th added)
    expect(lyon).toMatchObject({ countryCode: "C7", lat: 7, lon: -7, docCount: 12 });
    const met = graph.edges.find((e: { key: string }) => e.key.startsWith("MET_WITH")).attributes;
    expect(met.evidence.map((e: { doc: string }) => e.doc)).toEqual([...met.evidence.map((e: { doc: string }) => e.doc)].sort());
    expect(met.evidence[5].text).toMatch(/^Sentence \d+: Ada Varga met Otto Brandt in Lyon \(é*\)\.$/);
  });
});
