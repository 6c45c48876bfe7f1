// Loading into the real Neo4j: constraints, idempotency, merging corpora, replacing changed documents, atomic batches.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../../graph/store/index.js";
import { upsertEntities } from "../../../graph/export/model-cypher.js";
import { buildKg, cleanup, countsFor, entityKey, testDriver, uniquePrefix } from "../support/graphs.js";

let driver: Driver;
const prefixes: string[] = [];
const prefix = (label: string) => {
  const p = uniquePrefix(label);
  prefixes.push(p);
  return p;
};

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  for (const p of prefixes) await cleanup(driver, p);
  await driver.close();
});

const corpusA = (p: string, sha = "sha-a1") =>
  buildKg(
    p,
    [["a1", sha, "2024-03-01"]],
    [
      { name: "Lena Okafor", type: "Person", mentions: [["a1", 0, 11], ["a1", 40, 46]], aliases: ["Okafor"] },
      { name: "Harbour Board", type: "Organization", mentions: [["a1", 20, 33]] },
    ],
    [{ relation: "MET_WITH", head: "Lena Okafor", tail: "Harbour Board", evidence: [["a1", 0, 50, "Lena Okafor met the Harbour Board."]] }],
  );

describe("graph/store loadGraph", () => {
  it("creates the uniqueness constraints on Entity.key and Document.id", async () => {
    await loadGraph(driver, corpusA(prefix("constraints")));
    const res = await driver.executeQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes, properties, type");
    const rows = res.records.map((r) => `${r.get("labelsOrTypes")}.${r.get("properties")}:${r.get("type")}`);
    expect(rows).toContain("Entity.key:UNIQUENESS");
    expect(rows).toContain("Document.id:UNIQUENESS");
  });

  it("labels nodes by entity type and types relationships by relation, with provenance", async () => {
    const p = prefix("model");
    await loadGraph(driver, corpusA(p));
    const res = await driver.executeQuery(
      `MATCH (d:Document)-[m:MENTIONS]->(e:Person:Entity {key: $k})-[r:MET_WITH]->(o:Organization)
       RETURN d.sha256 AS sha, m.start AS start, m.end AS end, r.evidenceDocs AS docs, r.evidenceTexts AS texts, e.aliases AS aliases ORDER BY start`,
      { k: entityKey(p, "Person", "Lena Okafor") },
    );
    expect(res.records).toHaveLength(2);
    expect(res.records[0]!.get("sha")).toBe("sha-a1");
    expect(Number(res.records[0]!.get("end"))).toBe(11);
    expect(res.records[0]!.get("docs")).toEqual([`${p}a1`]);
    expect(res.records[0]!.get("texts")).toEqual(["Lena Okafor met the Harbour Board."]);
    expect(res.records[0]!.get("aliases")).toEqual(["Okafor"]);
  });

  it("is idempotent: loading the same graph twice changes no count", async () => {
    const p = prefix("idem");
    await loadGraph(driver, corpusA(p));
    const first = await countsFor(driver, p);
    await loadGraph(driver, corpusA(p));
    expect(await countsFor(driver, p)).toEqual(first);
    expect(first).toEqual({ entities: 2, documents: 1, mentions: 3, relationships: 1, evidence: 1 });
  });

  it("merges a second corpus into shared entities and relations", async () => {
    const p = prefix("merge");
    await loadGraph(driver, corpusA(p));
    const corpusB = buildKg(
      p,
      [["b1", "sha-b1"]],
      [
        { name: "Lena Okafor", type: "Person", mentions: [["b1", 5, 16]], aliases: ["L. Okafor"] },
        { name: "Harbour Board", type: "Organization", mentions: [["b1", 30, 43]] },
        { name: "Port City", type: "Place", mentions: [["b1", 50, 59]] },
      ],
      [{ relation: "MET_WITH", head: "Lena Okafor", tail: "Harbour Board", evidence: [["b1", 0, 60]] }],
    );
    await loadGraph(driver, corpusB);
    await loadGraph(driver, corpusB);
    expect(await countsFor(driver, p)).toEqual({ entities: 3, documents: 2, mentions: 6, relationships: 1, evidence: 2 });
    const res = await driver.executeQuery("MATCH (e:Entity {key: $k}) RETURN e.docCount AS n, e.aliases AS aliases", {
      k: entityKey(p, "Person", "Lena Okafor"),
    });
    expect(Number(res.records[0]!.get("n"))).toBe(2);
    expect(res.records[0]!.get("aliases")).toEqual(["Okafor", "L. Okafor"]);
  });

  it("replaces the facts of a document whose content changed", async () => {
    const p = prefix("changed");
    await loadGraph(driver, corpusA(p));
    const changed = buildKg(
      p,
      [["a1", "sha-a1-v2"]],
      [
        { name: "Lena Okafor", type: "Person", mentions: [["a1", 3, 14]] },
        { name: "Coast Guard", type: "Organization", mentions: [["a1", 30, 41]] },
      ],
      [{ relation: "AUDITS", head: "Coast Guard", tail: "Lena Okafor", evidence: [["a1", 0, 45]] }],
    );
    const summary = await loadGraph(driver, changed);
    expect(summary.replacedDocuments).toEqual([`${p}a1`]);
    expect(await countsFor(driver, p)).toEqual({ entities: 2, documents: 1, mentions: 2, relationships: 1, evidence: 1 });
    const gone = await driver.executeQuery("MATCH (e:Entity {key: $k}) RETURN count(e) AS n", { k: entityKey(p, "Organization", "Harbour Board") });
    expect(Number(gone.records[0]!.get("n"))).toBe(0);
    const sha = await driver.executeQuery("MATCH (d:Document {id: $id}) RETURN d.sha256 AS s", { id: `${p}a1` });
    expect(sha.records[0]!.get("s")).toBe("sha-a1-v2");
  });

  it("replaces a document's facts when a new extraction says something else about the same text", async () => {
    const p = prefix("refacts");
    await loadGraph(driver, corpusA(p));
    const reextracted = buildKg(
      p,
      [["a1", "sha-a1"]],
      [{ name: "Lena Okafor", type: "Person", mentions: [["a1", 0, 11]] }],
    );
    const summary = await loadGraph(driver, reextracted);
    expect(summary.replacedDocuments).toEqual([`${p}a1`]);
    expect(await countsFor(driver, p)).toEqual({ entities: 1, documents: 1, mentions: 1, relationships: 0, evidence: 0 });
    expect((await loadGraph(driver, reextracted)).replacedDocuments).toEqual([]);
  });

  it("keeps other documents' evidence when one document changes", async () => {
    const p = prefix("partial");
    const both = buildKg(
      p,
      [["x1", "s1"], ["x2", "s2"]],
      [
        { name: "Iva Marsh", type: "Person", mentions: [["x1", 0, 9], ["x2", 0, 9]] },
        { name: "Delta Mills", type: "Organization", mentions: [["x1", 20, 31], ["x2", 20, 31]] },
      ],
      [{ relation: "FUNDS", head: "Delta Mills", tail: "Iva Marsh", evidence: [["x1", 0, 40], ["x2", 0, 40]] }],
    );
    await loadGraph(driver, both);
    const onlyX1 = buildKg(p, [["x1", "s1-v2"]], [{ name: "Iva Marsh", type: "Person", mentions: [["x1", 2, 11]] }]);
    await loadGraph(driver, onlyX1);
    expect(await countsFor(driver, p)).toEqual({ entities: 2, documents: 2, mentions: 3, relationships: 1, evidence: 1 });
  });

  it("writes nothing from a batch that fails part-way (one transaction a batch)", async () => {
    const p = prefix("atomic");
    const rows = [
      { key: `${p}ok-1`, entityType: "Person", aliases: [], roles: [], props: { name: "One" } },
      { key: `${p}ok-2`, entityType: "Person", aliases: [], roles: [], props: { name: "Two" } },
      { key: null, entityType: "Person", aliases: [], roles: [], props: { name: "Broken" } },
    ];
    const session = driver.session();
    await expect(session.executeWrite((tx) => tx.run(upsertEntities("Person"), { rows }))).rejects.toThrow();
    await session.close();
    expect((await countsFor(driver, p)).entities).toBe(0);
  });

  it("refuses relation types outside the schema before writing anything", async () => {
    const p = prefix("badtype");
    const kg = corpusA(p);
    kg.edges[0]!.attributes!.relation = "DROPS_TABLES";
    await expect(loadGraph(driver, kg)).rejects.toThrow(/not in the schema/);
    expect(await countsFor(driver, p)).toEqual({ entities: 0, documents: 0, mentions: 0, relationships: 0, evidence: 0 });
  });
});
