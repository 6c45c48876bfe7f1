// Exports from Neo4j re-import: JSON and GraphML/GEXF through the loader, the Cypher script run as is.
import { MultiDirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreKg, splitCypherScript, toCypher, toGexf, toGraphml, toJson } from "../../../graph/export/index.js";
import { loadGraph, openStore, type Neo4jStore } from "../../../graph/store/index.js";
import type { SerializedKg } from "../../../graph/types.js";
import { cleanup, countsFor, testDriver, uniquePrefix } from "../support/graphs.js";
import { extractExamples, prefixKg } from "../support/examples.js";

let driver: Driver;
let store: Neo4jStore;
let examples: SerializedKg;
const used: string[] = [];

beforeAll(async () => {
  driver = testDriver();
  store = await openStore();
  examples = await extractExamples();
});
afterAll(async () => {
  for (const p of used) await cleanup(driver, p);
  await store.close();
  await driver.close();
});

async function loadExamples(label: string): Promise<string> {
  const p = uniquePrefix(label);
  used.push(p);
  await loadGraph(driver, prefixKg(examples, p));
  return p;
}

const exportAll = (p: string) =>
  store.subgraph(
    "MATCH (e:Entity) WHERE e.key STARTS WITH $p OPTIONAL MATCH (e)-[r]->(:Entity) RETURN e, collect(r) AS rels",
    { p },
  );

describe("exports from Neo4j re-import", () => {
  it("the examples load with one :Entity per graph node, and a second load changes nothing", async () => {
    const p = await loadExamples("count");
    const counts = await countsFor(driver, p);
    expect(counts.entities).toBe(examples.nodes.length);
    expect(counts.relationships).toBe(examples.edges.length);
    expect(counts.documents).toBe(examples.attributes!.documents!.length);
    await loadGraph(driver, prefixKg(examples, p));
    expect(await countsFor(driver, p)).toEqual(counts);
  });

  const formats: Array<[string, (kg: SerializedKg) => Promise<void>]> = [
    ["json", async (kg) => void (await loadGraph(driver, JSON.parse(toJson(kg))))],
    ["graphml", async (kg) => void (await loadGraph(driver, restoreKg(graphml.parse(MultiDirectedGraph, toGraphml(kg)))))],
    ["gexf", async (kg) => void (await loadGraph(driver, restoreKg(gexf.parse(MultiDirectedGraph, toGexf(kg)))))],
    [
      "cypher",
      async (kg) => {
        for (const statement of splitCypherScript(toCypher(kg))) await driver.executeQuery(statement);
      },
    ],
  ];

  it.each(formats)("%s: export, wipe, re-import gives the same counts and provenance", async (_name, reimport) => {
    const p = await loadExamples("rt");
    const before = await countsFor(driver, p);
    const kg = await exportAll(p);
    expect(kg.nodes).toHaveLength(before.entities);
    expect(kg.nodes.every((n) => (n.attributes?.mentions ?? []).length > 0)).toBe(true);
    await cleanup(driver, p);
    expect((await countsFor(driver, p)).entities).toBe(0);
    await reimport(kg);
    expect(await countsFor(driver, p)).toEqual(before);
  });

  it("neighbourhood returns the entity and its neighbours as a kg graph with documents", async () => {
    const p = await loadExamples("nb");
    const kg = prefixKg(examples, p);
    const edge = kg.edges[0]!;
    const sourceName = kg.nodes.find((n) => n.key === edge.source)!.attributes!.name;
    const sub = await store.neighbourhood(edge.source, 1);
    const keys = sub.nodes.map((n) => n.key);
    expect(keys).toContain(edge.source);
    expect(keys).toContain(edge.target);
    expect(sub.nodes.find((n) => n.key === edge.source)!.attributes!.name).toBe(sourceName);
    expect(sub.attributes!.documents!.length).toBeGreaterThan(0);
    expect(sub.edges.every((e) => keys.includes(e.source) && keys.includes(e.target))).toBe(true);
  });
});
