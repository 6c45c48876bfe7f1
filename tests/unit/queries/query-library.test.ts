// The query library: every .cypher file has a header with name, description and typed example parameters.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../../graph/errors.js";
import { coerceParams, guessParams, isQueryName, listQueries, loadQuery, parseQuery } from "../../../queries/index.js";

const REQUIRED = [
  "who-met-whom",
  "attacks-by-actor",
  "attacks-on-target",
  "who-audits-whom",
  "neighbourhood",
  "shortest-paths",
  "timeline",
  "relation-sources",
  "most-connected",
  "co-mentioned",
];

describe("queries/ library", () => {
  it("has the required named queries, each documented", () => {
    const names = listQueries().map((q) => q.name);
    for (const n of REQUIRED) expect(names).toContain(n);
    for (const q of listQueries()) {
      expect(q.description.length, q.name).toBeGreaterThan(20);
      expect(q.file.endsWith(`${q.name}.cypher`), q.file).toBe(true);
      for (const p of q.params) expect(q.cypher, `${q.name} uses $${p.name}`).toContain(`$${p.name}`);
    }
  });

  it("every parameter's example coerces to its type", () => {
    for (const q of listQueries()) {
      const raw = Object.fromEntries(q.params.filter((p) => p.example !== null).map((p) => [p.name, String(p.example)]));
      const params = coerceParams(q, raw);
      for (const p of q.params) {
        if (p.type === "int") expect(Number.isInteger(params[p.name]), `${q.name}.${p.name}`).toBe(true);
        if (p.type === "string") expect(typeof params[p.name]).toBe("string");
      }
    }
  });

  it("parses the header and stops at the first Cypher line", () => {
    const q = parseQuery(
      [
        "// name: demo",
        "// description: a demo query",
        '// param: who: string = "Ada Example" -- a name',
        "// param: since: date? = \"2024-01-01\"",
        "MATCH (n) RETURN n",
        "// param: ignored: int = 1",
      ].join("\n"),
      "demo.cypher",
    );
    expect(q.name).toBe("demo");
    expect(q.params).toEqual([
      { name: "who", type: "string", example: "Ada Example", optional: false, description: "a name" },
      { name: "since", type: "date", example: "2024-01-01", optional: true, description: "" },
    ]);
  });

  it("fills optional parameters with null and rejects missing, unknown or mistyped ones", () => {
    const q = loadQuery("neighbourhood");
    expect(coerceParams(q, { entity: "X", depth: "2" })).toEqual({ entity: "X", depth: 2 });
    expect(() => coerceParams(q, { entity: "X" })).toThrow(UsageError);
    expect(() => coerceParams(q, { entity: "X", depth: "two" })).toThrow(/not a int/);
    expect(() => coerceParams(q, { entity: "X", depth: "1", extra: "1" })).toThrow(/no parameter "extra"/);
    expect(coerceParams(loadQuery("who-met-whom"), {})).toEqual({ from: null, to: null });
  });

  it("tells query names from Cypher and guesses ad-hoc parameter types", () => {
    expect(isQueryName("who-met-whom")).toBe(true);
    expect(isQueryName("MATCH (n) RETURN n")).toBe(false);
    expect(guessParams({ a: "3", b: "0.5", c: "true", d: "Ana", e: "007x" })).toEqual({ a: 3, b: 0.5, c: true, d: "Ana", e: "007x" });
  });

  it("an unknown name lists the available queries", () => {
    expect(() => loadQuery("nope")).toThrow(/who-met-whom/);
  });
});
