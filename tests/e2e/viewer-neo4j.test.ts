// The viewer in Debian's chromium over Neo4j (the local server or NEO4J_URI): queries, expand, errors, export.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "vitest";
import { ensureNeo4j } from "../../db/index.js";
import { openStore, type Neo4jStore } from "../../graph/store/index.js";
import { createStoreBackend, type RunningViewer } from "../../viewer/server/index.js";
import { ENTITIES, writeNewsFixture } from "./fixtures/news-graph.js";
import { neo4jScenarios } from "./scenarios/neo4j.js";
import type { ScenarioContext } from "./scenarios/types.js";
import { chromiumMissing, launchBrowser } from "./support/browser.js";
import { serveBackend } from "./support/viewer.js";

const missing = chromiumMissing();

describe.skipIf(!!missing)("viewer over Neo4j", () => {
  let viewer: RunningViewer;
  let store: Neo4jStore;
  const ctx = {} as ScenarioContext;
  const cleanup = async (s: Neo4jStore) => {
    await s.runWrite("MATCH (e:Entity) WHERE e.key IN $keys DETACH DELETE e", { keys: ENTITIES.map((e) => e.key) });
    await s.runWrite("MATCH (d:Document) WHERE d.id STARTS WITH 'viewer-e2e-' DETACH DELETE d");
  };
  beforeAll(async () => {
    await ensureNeo4j();
    const { graph } = writeNewsFixture(mkdtempSync(path.join(os.tmpdir(), "kg-viewer-neo4j-")));
    store = await openStore();
    await cleanup(store);
    await store.load(graph);
    viewer = await serveBackend(createStoreBackend(await openStore()));
    ctx.url = viewer.url;
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await viewer?.close();
    if (store) {
      await cleanup(store);
      await store.close();
    }
  });
  for (const s of neo4jScenarios) test(s.name, () => s.run(ctx));
});
