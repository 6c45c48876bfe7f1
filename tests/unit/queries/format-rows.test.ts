// Query results print as an aligned table, JSON rows keyed by column, or CSV; nodes and paths read compactly.
import { describe, expect, it } from "vitest";
import { cellText, formatRows } from "../../../queries/format.js";

const node = (id: string, name: string) => ({ elementId: id, labels: ["Entity", "Person"], properties: { name } });

describe("queries/format", () => {
  it("table: aligned columns and a row count", () => {
    const out = formatRows([{ a: "x", n: 10 }, { a: "longer", n: 2 }], "table");
    expect(out.split("\n")).toEqual(["a       n", "------  --", "x       10", "longer  2", "(2 rows)"]);
  });

  it("json: one object a row, keyed by column", () => {
    expect(JSON.parse(formatRows([{ a: 1, b: ["x"] }], "json"))).toEqual([{ a: 1, b: ["x"] }]);
  });

  it("csv: quotes commas, quotes and line breaks", () => {
    expect(formatRows([{ a: 'say "hi", then\ngo', b: 2 }], "csv")).toBe('a,b\n"say ""hi"", then\ngo",2');
  });

  it("renders nodes by name and paths as arrows", () => {
    expect(cellText(node("1", "Ada"))).toBe("(Ada)");
    const path = { nodes: [node("1", "Ada"), node("2", "Bo")], relationships: [{ type: "MET_WITH", start: "2", end: "1" }] };
    expect(cellText(path)).toBe("(Ada)<-[:MET_WITH]-(Bo)");
  });

  it("empty results print only the count", () => {
    expect(formatRows([], "table")).toBe("(0 rows)");
  });
});
