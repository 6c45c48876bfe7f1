// `kg ingest` as a user runs it: the graph `kg extract` writes lands in Neo4j, a bad file is named and skipped,
// and ingesting the same folder again changes nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";
import { testDriver } from "../support/graphs.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function kg(...args: string[]) {
  const res = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { cwd: root, encoding: "utf8", env: process.env });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const dir = mkdtempSync(join(tmpdir(), "kg-ingest-"));
const docs = [`ingest-${tag}-a.txt`, `ingest-${tag}-b.md`];
const driver = testDriver();
let expected: SerializedKg;

beforeAll(() => {
  writeFileSync(join(dir, docs[0]!), "Vessa Ordley, the chief executive of Karnow Freight, met Harbour Minister Idris Pallent in Velmora on Monday.\n");
  writeFileSync(join(dir, docs[1]!), "# Port talks\n\nPallent said Karnow Freight would open an office in Velmora.\n");
  writeFileSync(join(dir, `ingest-${tag}-c.bin`), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  const out = join(dir, "graph.json");
  const r = kg("extract", dir, "--out", out, "--quiet");
  expect(r.code).toBe(3);
  expected = JSON.parse(readFileSync(out, "utf8")) as SerializedKg;
  rmSync(out);
});

afterAll(async () => {
  const keys = expected?.nodes.map((n) => n.key) ?? [];
  await driver.executeQuery("MATCH (d:Document) WHERE d.id IN $docs DETACH DELETE d", { docs });
  // Only entities no other document mentions: a developer's own database may share a name.
  await driver.executeQuery("MATCH (e:Entity) WHERE e.key IN $keys AND NOT (e)<-[:MENTIONS]-(:Document) DETACH DELETE e", { keys });
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

async function stored(): Promise<{ entities: string[]; documents: number; relations: string[] }> {
  const keys = expected.nodes.map((n) => n.key);
  const res = await driver.executeQuery(
    `CALL { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS entities }
     CALL { MATCH (d:Document) WHERE d.id IN $docs RETURN count(d) AS documents }
     CALL { MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key IN $keys AND b.key IN $keys RETURN collect(type(r) + ' ' + a.key + ' ' + b.key) AS relations }
     RETURN entities, documents, relations`,
    { keys, docs },
  );
  const r = res.records[0]!;
  return { entities: [...(r.get("entities") as string[])].sort(), documents: Number(r.get("documents")), relations: [...(r.get("relations") as string[])].sort() };
}

describe("kg ingest", () => {
  it("loads what kg extract finds, names the bad file, exits 3", async () => {
    const r = kg("ingest", dir, "--quiet");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`skipped .*ingest-${tag}-c\\.bin: `));
    expect(r.stderr).toMatch(/ingested 2 documents/);
    const s = await stored();
    expect(s.documents).toBe(2);
    expect(s.entities).toEqual(expected.nodes.map((n) => n.key).sort());
    const relations = expected.edges.map((e) => `${e.attributes!.relation} ${e.source} ${e.target}`).sort();
    expect(relations.length).toBeGreaterThan(0);
    expect(s.relations).toEqual(relations);
  });

  it("is idempotent: ingesting the same folder again stores the same graph", async () => {
    const before = await stored();
    const r = kg("ingest", dir, "--quiet");
    expect(r.code).toBe(3);
    expect(await stored()).toEqual(before);
  });
});
