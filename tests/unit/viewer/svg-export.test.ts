import { describe, expect, test } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";
import { toSvg } from "../../../viewer/app/core/export/svg.js";

const g: SerializedKg = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    { key: "p1", attributes: { name: 'A <b>"x"</b>', entityType: "Person", aliases: ["=cmd()"], mentions: [], x: 0, y: 0 } },
    { key: "o1", attributes: { name: "Org & Co", entityType: "Organization", aliases: [], mentions: [], x: 10, y: 5 } },
  ],
  edges: [{ key: "MEMBER_OF|p1|o1", source: "p1", target: "o1", attributes: { relation: "MEMBER_OF", evidence: [{ doc: "d", start: 0, end: 3, text: "A is in Org." }] } }],
};

describe("viewer/app/core/export/svg", () => {
  test("SVG draws a circle per placed node", () => {
    const svg = toSvg(g, new Map());
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain("<line");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("Org &amp; Co");
  });
});
