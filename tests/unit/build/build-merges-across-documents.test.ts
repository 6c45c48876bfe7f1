// buildGraph: one node per entity across documents, weak names joined, edges merged, deterministic bytes.
import { describe, expect, it } from "vitest";
import { buildGraph, toSerializedKg } from "../../../graph/build/index.js";
import type { DocExtraction, ExtractedEntity, ExtractedRelation } from "../../../graph/types.js";

function entity(id: string, name: string, entityType: ExtractedEntity["entityType"], doc: string, aliases: string[] = []): ExtractedEntity {
  return { id, name, entityType, aliases, mentions: [{ doc, start: 0, end: name.length, text: name }], confidence: 0.8 };
}
function rel(relation: string, head: string, tail: string, doc: string, date?: string): ExtractedRelation {
  return { relation, head, tail, evidence: { doc, start: 0, end: 10, text: "a sentence" }, confidence: 0.7, ...(date ? { date } : {}) };
}
function extraction(id: string, entities: ExtractedEntity[], relations: ExtractedRelation[] = []): DocExtraction {
  return { doc: { id, path: `${id}.txt`, sha256: id, length: 100 }, entities, relations, warnings: [] };
}

const docA = extraction("a", [
  entity("p1", "Ilse Marta Varga", "Person", "a", ["Varga"]),
  entity("o1", "Coastal Drone Agency", "Organization", "a", ["CDA"]),
  entity("x1", "Oslo", "Place", "a"),
], [rel("MET_WITH", "p1", "x1", "a", "2024-01-02"), rel("LEADS", "p1", "o1", "a")]);
const docB = extraction("b", [
  entity("p2", "Varga", "Person", "b"),
  entity("o2", "CDA", "Organization", "b"),
  entity("x2", "Oslo", "Place", "b"),
], [rel("MET_WITH", "x2", "p2", "b", "2024-01-01"), rel("LEADS", "p2", "o2", "b")]);

describe("buildGraph", () => {
  it("merges the same entity across documents, including surnames and acronyms", () => {
    const g = buildGraph([docA, docB]);
    expect(g.nodes()).toEqual(["Organization:coastal drone agency", "Person:ilse marta varga", "Place:oslo"]);
    const p = g.getNodeAttributes("Person:ilse marta varga");
    expect(p).toMatchObject({ name: "Ilse Marta Varga", docCount: 2, aliases: ["Varga"] });
    expect(p.mentions.map((m) => m.doc)).toEqual(["a", "b"]);
  });

  it("merges edges by relation and ends, sorting the ends of symmetric relations", () => {
    const g = buildGraph([docA, docB]);
    expect(g.edges().sort()).toEqual([
      "LEADS:Person:ilse marta varga->Organization:coastal drone agency",
      "MET_WITH:Person:ilse marta varga--Place:oslo",
    ]);
    const met = g.getEdgeAttributes("MET_WITH:Person:ilse marta varga--Place:oslo");
    expect(met).toMatchObject({ relation: "MET_WITH", docCount: 2, symmetric: true, dates: ["2024-01-01", "2024-01-02"] });
    expect(met.evidence).toHaveLength(2);
    expect(met.confidence).toBeCloseTo(0.91);
  });

  it("gives the same bytes whatever the input order", () => {
    const one = JSON.stringify(toSerializedKg(buildGraph([docA, docB])));
    const two = JSON.stringify(toSerializedKg(buildGraph([docB, docA])));
    expect(one).toBe(two);
    expect(JSON.parse(one).attributes.documents.map((d: { id: string }) => d.id)).toEqual(["a", "b"]);
  });

  it("keeps a lone surname apart when two full names share it", () => {
    const c = extraction("c", [entity("p", "Jon Varga", "Person", "c")]);
    const g = buildGraph([docA, docB, c]);
    expect(g.hasNode("Person:varga")).toBe(true);
  });

  it("lets a person's full name claim a lone surname typed otherwise elsewhere, keeping the person type", () => {
    const d = extraction("d", [entity("x", "Olvanen", "Organization", "d")]);
    const e = extraction("e", [entity("y", "Rik Olvanen Jr", "Person", "e")]);
    const g = buildGraph([d, e]);
    expect(g.nodes()).toEqual(["Person:rik olvanen jr"]);
    expect(g.getNodeAttribute("Person:rik olvanen jr", "aliases")).toEqual(["Olvanen"]);
  });
});
