import { describe, expect, test } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";
import { docDates, edgePasses, nodePasses } from "../../../viewer/app/core/filters/index.js";
import { mergeGraph, toGraph } from "../../../viewer/app/core/graph/load.js";

const kg = (nodes: Array<[string, number?, number?]>, edges: Array<[string, string]>): SerializedKg => ({
  attributes: { documents: [{ id: "d1", path: "d1.txt", date: "2024-05-01", sha256: "", length: 0 }] },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: nodes.map(([key, x, y]) => ({ key, attributes: { name: key, entityType: "Person", aliases: [], mentions: [{ doc: "d1", start: 0, end: 1 }], ...(x === undefined ? {} : { x, y }) } })),
  edges: edges.map(([s, t]) => ({ key: `R|${s}|${t}`, source: s, target: t, attributes: { relation: "MET_WITH", evidence: [{ doc: "d1", start: 0, end: 1 }] } })),
});

describe("viewer/app/core/filters", () => {
  const dates = docDates(kg([], []).attributes.documents);
  const node = kg([["a"]], []).nodes[0]!.attributes!;
  test("type, document and date range filters", () => {
    const f = { hiddenTypes: [], hiddenRelations: [] };
    expect(nodePasses(node, f, dates)).toBe(true);
    expect(nodePasses(node, { ...f, hiddenTypes: ["Person"] }, dates)).toBe(false);
    expect(nodePasses(node, { ...f, doc: "other" }, dates)).toBe(false);
    expect(nodePasses(node, { ...f, dateFrom: "2024-05-01", dateTo: "2024-05-31" }, dates)).toBe(true);
    expect(nodePasses(node, { ...f, dateFrom: "2024-06-01" }, dates)).toBe(false);
    const edge = kg([["a"], ["b"]], [["a", "b"]]).edges[0]!.attributes!;
    expect(edgePasses(edge, { ...f, hiddenRelations: ["MET_WITH"] }, dates)).toBe(false);
    expect(edgePasses(edge, { ...f, dateTo: "2024-04-30" }, dates)).toBe(false);
  });
});

describe("viewer/app/core/graph/load", () => {
  test("growing the graph keeps positions and places new nodes near their neighbours", () => {
    const g = toGraph(kg([["a", 0, 0], ["b", 100, 100]], [["a", "b"]]));
    const added = mergeGraph(g, kg([["a", 999, 999], ["c"]], [["a", "c"]]));
    expect(added).toEqual(["c"]);
    expect(g.getNodeAttributes("a")).toMatchObject({ x: 0, y: 0 });
    const c = g.getNodeAttributes("c");
    expect(Math.hypot(c.x!, c.y!)).toBeLessThan(10);
    expect(g.size).toBe(2);
    mergeGraph(g, kg([["a"], ["c"]], [["a", "c"]]));
    expect(g.size).toBe(2);
  });
});
