// `kg query` and `kg queries` as a user runs them: JSON rows on stdout, writes refused with exit 2.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function kg(...args: string[]) {
  const res = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { cwd: root, encoding: "utf8", env: process.env });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe("kg query / kg queries", () => {
  it("prints JSON rows keyed by column, integers as numbers", () => {
    const r = kg("query", "RETURN 1 + 1 AS two, 'x' AS s, [1, 2] AS list", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ two: 2, s: "x", list: [1, 2] }]);
  });

  it("refuses an ad-hoc write before running it, with one line and exit code 2", () => {
    const marker = `cli-ro-${Date.now()}`;
    const r = kg("query", `CREATE (n:Entity {key: '${marker}'}) RETURN n`);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--write/);
    const check = kg("query", "MATCH (n:Entity {key: $k}) RETURN count(n) AS n", "-p", `k=${marker}`, "--format", "csv");
    expect(check.stdout.trim()).toBe("n\n0");
  });

  it("lists the library as JSON with typed example parameters", () => {
    const r = kg("queries", "--json");
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ name: string; params: Array<{ name: string; type: string; example: unknown }> }>;
    const nb = list.find((q) => q.name === "neighbourhood")!;
    expect(nb.params.map((p) => [p.name, p.type])).toEqual([["entity", "string"], ["depth", "int"]]);
  });
});
