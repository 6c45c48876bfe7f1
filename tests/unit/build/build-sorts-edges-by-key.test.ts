// GraphBuilder: edges come out sorted by their key string, even when one node key is a prefix of another.
import { describe, expect, it } from "vitest";
import { GraphBuilder } from "../../../graph/build/index.js";
import type { DocExtraction, ExtractedEntity } from "../../../graph/types.js";

const person = (id: string, name: string): ExtractedEntity => ({
  id, name, entityType: "Person", aliases: [], mentions: [{ doc: "d", start: 0, end: name.length, text: name }], confidence: 0.9,
}); // prettier-ignore

describe("GraphBuilder edge order", () => {
  it("sorts by the whole key ('Person:ada varga->' before 'Person:ada->'), symmetric ends by key", () => {
    const names = ["Ada Varga", "Ada", "Ada Varga Junior", "Bo", "Bo Li", "Zed"];
    const entities = names.map((n, i) => person(`e${i}`, n));
    const relations = [];
    for (let h = 0; h < names.length; h++)
      for (let t = 0; t < names.length; t++)
        if (h !== t)
          for (const relation of ["MET_WITH", "ATTACKED", "ATTACKED_X"])
            relations.push({ relation, head: `e${h}`, tail: `e${t}`, evidence: { doc: "d", start: h, end: 9 + t, text: "s" }, confidence: 0.5 });
    const x: DocExtraction = { doc: { id: "d", path: "d.txt", sha256: "d", length: 99 }, entities, relations, warnings: [] };
    const b = new GraphBuilder();
    b.add(x);
    const built = b.finish();
    const keys = [...built.edges()].map((e) => e.key);
    built.close();
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.indexOf("ATTACKED:Person:ada varga->Person:bo")).toBeLessThan(keys.indexOf("ATTACKED:Person:ada->Person:bo"));
    expect(keys.filter((k) => k.startsWith("MET_WITH:"))).toHaveLength(15); // symmetric: one edge per pair
    expect(keys).toContain("MET_WITH:Person:ada--Person:ada varga");
  });
});
