// buildGraph: a unit named without its parent ("Trade Council") joins "Parent Trade Council" only when the parent is itself an organisation.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../graph/build/index.js";
import type { DocExtraction, ExtractedEntity } from "../../../graph/types.js";

function entity(id: string, name: string, doc: string, aliases: string[] = []): ExtractedEntity {
  return { id, name, entityType: "Organization", aliases, mentions: [{ doc, start: 0, end: name.length, text: name }], confidence: 0.8 };
}
function extraction(id: string, entities: ExtractedEntity[]): DocExtraction {
  return { doc: { id, path: `${id}.txt`, sha256: id, length: 100 }, entities, relations: [], warnings: [] };
}

describe("buildGraph parent-prefixed names", () => {
  it("joins a unit to the one longer name whose extra words are a known organisation or its acronym", () => {
    const g = buildGraph([
      extraction("a", [entity("o1", "Nordic Union", "a", ["NU"]), entity("o2", "NU Trade Council", "a")]),
      extraction("b", [entity("o3", "Trade Council", "b")]),
    ]);
    expect(g.nodes().sort()).toEqual(["Organization:nordic union", "Organization:nu trade council"]);
  });

  it("keeps a name apart when the extra words are not an organisation", () => {
    const g = buildGraph([
      extraction("a", [entity("o1", "Danish Interior Ministry", "a")]),
      extraction("b", [entity("o2", "Interior Ministry", "b")]),
    ]);
    expect(g.nodes()).toHaveLength(2);
  });
});
