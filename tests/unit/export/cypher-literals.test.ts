// The Cypher export quotes every value as a literal, so data can never become Cypher.
import { describe, expect, it } from "vitest";
import { cypherLiteral, cypherString, splitCypherScript, toCypher } from "../../../graph/export/index.js";
import { sampleKg } from "./sample.js";

describe("graph/export Cypher", () => {
  it("escapes quotes, backslashes and line breaks in strings", () => {
    expect(cypherString("it's")).toBe("'it\\'s'");
    expect(cypherString("a\\b")).toBe("'a\\\\b'");
    expect(cypherString("x\ny;")).toBe("'x\\ny;'");
    expect(cypherString("\u0001")).toBe("'\\u0001'");
  });

  it("backticks map keys and writes lists and scalars", () => {
    expect(cypherLiteral({ "we`ird": [1, 0.5, true, null, "s"] })).toBe("{`we``ird`: [1, 0.5, true, null, 's']}");
  });

  it("keeps an injection attempt inside a string literal", () => {
    const kg = sampleKg();
    kg.nodes[0]!.attributes!.name = "x'}) MATCH (n) DETACH DELETE n //";
    const script = toCypher(kg);
    expect(script).toContain("'x\\'}) MATCH (n) DETACH DELETE n //'");
    expect(splitCypherScript(script).every((s) => !/^MATCH \(n\) DETACH DELETE/.test(s))).toBe(true);
  });

  it("writes constraints first, then one statement a batch, split back one a line", () => {
    const statements = splitCypherScript(toCypher(sampleKg()));
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT kg_entity_key/);
    expect(statements.some((s) => /MERGE \(e:Entity \{key: row\.key\}\) ON CREATE SET e:Person/.test(s))).toBe(true);
    expect(statements.some((s) => /MERGE \(a\)-\[r:FUNDS \{key: row\.key\}\]->\(b\)/.test(s))).toBe(true);
    expect(statements.every((s) => !s.includes("$rows"))).toBe(true);
  });

  it("refuses relation types that are not UPPER_SNAKE", () => {
    const kg = sampleKg();
    kg.edges[0]!.attributes!.relation = "FUNDS]->() DETACH DELETE (n";
    expect(() => toCypher(kg)).toThrow(/UPPER_SNAKE/);
  });
});
