// Over Neo4j the viewer's first screen is capped: the best-attested entities, marked truncated, edges only among them.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph, openStore, type Neo4jStore } from "../../../graph/store/index.js";
import { createStoreBackend } from "../../../viewer/server/index.js";
import { buildKg, cleanup, testDriver, uniquePrefix } from "../support/graphs.js";

let driver: Driver;
let store: Neo4jStore;
const p = uniquePrefix("cap");

beforeAll(async () => {
  driver = testDriver();
  store = await openStore();
  await loadGraph(
    driver,
    buildKg(
      p,
      [["c1", "s1"], ["c2", "s2"]],
      [
        { name: "Ilse Varga", type: "Person", mentions: [["c1", 0, 10]] },
        { name: "Northgate Port Authority", type: "Organization", mentions: [["c1", 20, 44]] },
        { name: "Tarn Valley", type: "Place", mentions: [["c2", 0, 11]] },
      ],
      [{ relation: "LEADS", head: "Ilse Varga", tail: "Northgate Port Authority", evidence: [["c1", 0, 50]] }],
    ),
  );
});
afterAll(async () => {
  await cleanup(driver, p);
  await store.close();
  await driver.close();
});

async function entityCount(): Promise<number> {
  const r = await driver.executeQuery("MATCH (e:Entity) RETURN count(e) AS n");
  return Number(r.records[0]!.get("n"));
}

describe("viewer/server initial graph over Neo4j", () => {
  it("loads everything when the database fits under the cap", async () => {
    const kg = await createStoreBackend(store, process.cwd(), 1_000_000).graph();
    expect(kg.nodes.length).toBe(await entityCount());
    expect(kg.attributes?.truncated).toBeUndefined();
  });

  it("loads the top entities and says how many there are when it does not", async () => {
    const total = await entityCount();
    const kg = await createStoreBackend(store, process.cwd(), 2).graph();
    expect(kg.nodes).toHaveLength(2);
    expect(kg.attributes?.truncated).toEqual({ shown: 2, total });
    const shown = new Set(kg.nodes.map((n) => n.key));
    for (const e of kg.edges) expect(shown.has(e.source) && shown.has(e.target)).toBe(true);
  });
});
