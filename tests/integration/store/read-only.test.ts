// Ad-hoc Cypher is read-only unless asked: writes are refused before they run; parameters cannot inject Cypher.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../../graph/errors.js";
import { loadGraph, openStore, type Neo4jStore } from "../../../graph/store/index.js";
import { buildKg, cleanup, countsFor, testDriver, uniquePrefix } from "../support/graphs.js";

let driver: Driver;
let store: Neo4jStore;
const p = uniquePrefix("ro");

beforeAll(async () => {
  driver = testDriver();
  store = await openStore();
  await loadGraph(
    driver,
    buildKg(
      p,
      [["r1", "s"]],
      [
        { name: "Omar Pell", type: "Person", mentions: [["r1", 0, 9]] },
        { name: "Red Crane Brigade", type: "Organization", mentions: [["r1", 20, 37]] },
      ],
      [{ relation: "ATTACKED", head: "Red Crane Brigade", tail: "Omar Pell", evidence: [["r1", 0, 40]] }],
    ),
  );
});
afterAll(async () => {
  await cleanup(driver, p);
  await store.close();
  await driver.close();
});

const writes = [
  `CREATE (n:Entity {key: '${p}intruder'}) RETURN n`,
  `MERGE (n:Entity {key: '${p}intruder'}) RETURN n`,
  `MATCH (e:Entity) WHERE e.key STARTS WITH '${p}' SET e.name = 'owned' RETURN e`,
  `MATCH (e:Entity) WHERE e.key STARTS WITH '${p}' DETACH DELETE e`,
  `MATCH (e:Entity) WHERE e.key STARTS WITH '${p}' CALL { WITH e DETACH DELETE e } RETURN 1`,
  "CREATE INDEX kg_test_intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)",
];

describe("graph/store read-only guard", () => {
  it.each(writes)("refuses before running: %s", async (cypher) => {
    const before = await countsFor(driver, p);
    await expect(store.runRead(cypher)).rejects.toThrow(UsageError);
    expect(await countsFor(driver, p)).toEqual(before);
    const names = await driver.executeQuery("MATCH (e:Entity) WHERE e.key STARTS WITH $p RETURN collect(e.name) AS n", { p });
    expect(names.records[0]!.get("n")).not.toContain("owned");
  });

  it("runs reads and returns plain rows with integers converted", async () => {
    const rows = await store.runRead("MATCH (e:Entity) WHERE e.key STARTS WITH $p RETURN count(e) AS n, collect(e)[0] AS node", { p });
    expect(rows[0]!.n).toBe(2);
    expect((rows[0]!.node as { labels: string[] }).labels).toContain("Entity");
  });

  it("treats a Cypher-injection attempt in a parameter as a plain string", async () => {
    const before = await countsFor(driver, p);
    const attack = `x' }) MATCH (n) DETACH DELETE n //`;
    expect(await store.runNamed("attacks-by-actor", { actor: attack })).toEqual([]);
    expect(await store.runRead("MATCH (e:Entity) WHERE e.name = $name RETURN e", { name: `' OR 1=1 //` })).toEqual([]);
    expect(await countsFor(driver, p)).toEqual(before);
    const rows = await store.runNamed("attacks-by-actor", { actor: "red crane brigade" });
    expect(rows.map((r) => r.target)).toEqual(["Omar Pell"]);
  });

  it("allows writes through runWrite (kg query --write)", async () => {
    await store.runWrite("MATCH (e:Entity {key: $k}) SET e.note = 'checked'", { k: `${p}Person:omar pell` });
    const rows = await store.runRead("MATCH (e:Entity {key: $k}) RETURN e.note AS note", { k: `${p}Person:omar pell` });
    expect(rows).toEqual([{ note: "checked" }]);
  });
});
