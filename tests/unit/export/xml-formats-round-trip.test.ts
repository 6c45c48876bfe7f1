// GraphML and GEXF exports are read back by graphology's parsers with types, properties and provenance intact.
import { MultiDirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { restoreKg, toGexf, toGraphml } from "../../../graph/export/index.js";
import { sampleKg } from "./sample.js";

describe("graph/export GraphML and GEXF", () => {
  for (const [name, write, parse] of [
    ["graphml", toGraphml, (t: string) => graphml.parse(MultiDirectedGraph, t)],
    ["gexf", toGexf, (t: string) => gexf.parse(MultiDirectedGraph, t)],
  ] as const) {
    it(`${name}: nodes, edges, attributes and provenance survive a parse`, () => {
      const kg = sampleKg();
      const back = restoreKg(parse(write(kg)));
      expect(back.nodes.map((n) => n.key).sort()).toEqual(kg.nodes.map((n) => n.key).sort());
      const nia = back.nodes.find((n) => n.key === "Person:nia bello")!.attributes!;
      expect(nia.name).toBe("Nia Bello");
      expect(nia.entityType).toBe("Person");
      expect(nia.aliases).toEqual(["Bello", "N. Bello"]);
      expect(nia.mentions).toEqual(kg.nodes[0]!.attributes!.mentions);
      expect(nia.confidence).toBeCloseTo(0.92);
      expect(back.edges).toHaveLength(1);
      const e = back.edges[0]!;
      expect([e.source, e.target]).toEqual(["Organization:o'neil & sons", "Person:nia bello"]);
      expect(e.attributes!.relation).toBe("FUNDS");
      expect(e.attributes!.evidence).toEqual(kg.edges[0]!.attributes!.evidence);
      expect(back.attributes!.documents).toEqual(kg.attributes!.documents);
    });
  }

  it("graphml: escapes markup in text so the XML stays well-formed", () => {
    const text = toGraphml(sampleKg());
    expect(text).toContain("Talks &amp; \\&quot;trade\\&quot; &lt;today&gt;");
    expect(text).not.toMatch(/<today>/);
  });
});
