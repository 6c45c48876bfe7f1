import { describe, expect, test } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";
import { toCsv, toGexf, toGraphml, toSvg } from "../../../viewer/app/core/export/formats.js";

const g: SerializedKg = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    { key: "p1", attributes: { name: 'A <b>"x"</b>', entityType: "Person", aliases: ["=cmd()"], mentions: [], x: 0, y: 0 } },
    { key: "o1", attributes: { name: "Org & Co", entityType: "Organization", aliases: [], mentions: [], x: 10, y: 5 } },
  ],
  edges: [{ key: "MEMBER_OF|p1|o1", source: "p1", target: "o1", attributes: { relation: "MEMBER_OF", evidence: [{ doc: "d", start: 0, end: 3, text: "A is in Org." }] } }],
};

describe("viewer/app/core/export", () => {
  test("GraphML and GEXF escape markup and keep nodes and edges", () => {
    for (const text of [toGraphml(g), toGexf(g)]) {
      expect(text).not.toContain("<b>");
      expect(text).toContain("&lt;b&gt;");
      expect(text).toContain('source="p1" target="o1"');
      expect(text).toContain("Org &amp; Co");
    }
  });
  test("CSV quotes cells and defuses spreadsheet formulas", () => {
    const { nodes, edges } = toCsv(g);
    expect(nodes.split("\n")[1]).toContain(`"'=cmd()"`);
    expect(edges).toContain('"MEMBER_OF"');
    expect(edges).toContain('"A is in Org."');
  });
  test("SVG draws a circle per placed node", () => {
    const svg = toSvg(g, new Map());
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain("<line");
  });
});
