// GraphBuilder: documents added one at a time (and then dropped) give the same bytes as buildGraph on all of them.
import { describe, expect, it } from "vitest";
import { buildGraph, GraphBuilder, toSerializedKg } from "../../../graph/build/index.js";
import type { DocExtraction, ExtractedEntity } from "../../../graph/types.js";

function person(doc: string, id: string, name: string, start: number): ExtractedEntity {
  return { id, name, entityType: "Person", aliases: [], mentions: [{ doc, start, end: start + name.length, text: name }], confidence: 0.8 };
}

function doc(id: string, text: string): DocExtraction {
  const a = person(id, "a", "Marta Kowal", 0);
  const b = person(id, "b", text, 20);
  return {
    doc: { id, path: `${id}.txt`, sha256: id, length: 200 },
    entities: [a, b, { ...person(id, "c", "Kowal", 60), entityType: "Person" }],
    relations: [
      { relation: "MET_WITH", head: "a", tail: "b", evidence: { doc: id, start: 0, end: 40, text: `Marta Kowal met ${text} on Monday.` }, confidence: 0.7, date: "2024-03-04" },
      { relation: "LEADS", head: "b", tail: "missing", evidence: { doc: id, start: 0, end: 9, text: "dangling" }, confidence: 0.5 },
    ],
    warnings: ["a warning the graph does not keep"],
  };
}

describe("GraphBuilder", () => {
  it("builds, from documents added one by one in any order, the same graph as buildGraph", () => {
    const docs = ["d3", "d1", "d2"].map((id, i) => doc(id, ["Otto Brandt", "Lena Weiss", "Otto Brandt"][i]!));
    const expected = JSON.stringify(toSerializedKg(buildGraph(docs)));
    const builder = new GraphBuilder();
    for (const d of [docs[1]!, docs[2]!, docs[0]!]) builder.add(structuredClone(d));
    expect(builder.size).toBe(3);
    const graph = builder.build();
    expect(JSON.stringify(toSerializedKg(graph))).toBe(expected);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute("Person:marta kowal", "mentions")).toHaveLength(6);
    expect(graph.getEdgeAttribute("MET_WITH:Person:marta kowal--Person:otto brandt", "evidence")[0]).toMatchObject({ date: "2024-03-04" });
    expect(builder.size).toBe(0);
  });
});
