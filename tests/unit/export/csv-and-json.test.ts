// CSV tables quote awkward cells and keep provenance as JSON; JSON is graphology's format unchanged.
import { describe, expect, it } from "vitest";
import { exportGraph, toCsv, toJson } from "../../../graph/export/index.js";
import { sampleKg } from "./sample.js";

describe("graph/export CSV and JSON", () => {
  it("csv: fixed columns first, RFC 4180 quoting, provenance in JSON cells", () => {
    const csv = toCsv(sampleKg());
    expect(csv.nodes.split("\n")[0]).toBe("key,name,entityType,aliases,docCount,confidence,mentions,x,y");
    expect(csv.nodes).toContain('"Organization:o\'neil & sons"'.replace(/"/g, "") + ",O'Neil & Sons,Organization");
    expect(csv.edges).toContain('"[{""doc"":""doc-1""');
    expect(csv.documents.split("\n")[1]).toBe('doc-1,"Talks & ""trade"" <today>",2024-02-03,,s1,a.txt,120');
  });

  it("json: the serialized graph, parseable back to the same value", () => {
    expect(JSON.parse(toJson(sampleKg()))).toEqual(sampleKg());
  });

  it("exportGraph names the CSV files by suffix", () => {
    expect(Object.keys(exportGraph(sampleKg(), "csv"))).toEqual([".nodes.csv", ".edges.csv", ".documents.csv"]);
    expect(Object.keys(exportGraph(sampleKg(), "gexf"))).toEqual([""]);
  });
});
