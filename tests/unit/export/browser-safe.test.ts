// graph/export is imported by the viewer's browser bundle: no Node built-ins outside node.ts.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../../graph/export/", import.meta.url));

describe("graph/export stays browser-safe", () => {
  it("imports no node: modules and no @xmldom except in node.ts", () => {
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "node.ts")) {
      const imports = readFileSync(dir + f, "utf8").match(/from\s+"[^"]+"/g) ?? [];
      for (const i of imports) expect(`${f}: ${i}`).not.toMatch(/"node:|"fs"|"path"|xmldom|graphology-gexf"$|\.\.\/store/);
    }
  });
});
