// Scenarios against Neo4j: a Cypher result drawn as a graph, expand from Neo4j, readable Neo4j errors, export re-loadable.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect } from "vitest";
import { ARTIFACTS, openViewer, poll } from "../support/viewer.js";
import type { Scenario } from "./types.js";

const OKAFOR = "entity:Person:lena okafor";
const run = promisify(execFile);

export const neo4jScenarios: Scenario[] = [
  {
    name: "a Cypher result is drawn as a graph and expand adds neighbours from Neo4j",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      await v.page.getByLabel("Read-only Cypher").fill("MATCH (e:Entity {key: $key}) RETURN e");
      await v.page.getByLabel("Parameters (JSON)").fill(JSON.stringify({ key: OKAFOR }));
      await v.page.getByRole("button", { name: "Run query" }).click();
      await poll(() => v.page.evaluate("window.kg.graph.order")).toBe(1);
      await v.page.getByRole("searchbox").fill("Mayor Okafor");
      await v.page.getByRole("searchbox").press("Enter");
      await poll(() => v.page.textContent("#panel h2")).toBe("Lena Okafor");
      await v.page.getByRole("button", { name: "Expand the neighbours of Lena Okafor" }).click();
      await poll(() => v.page.evaluate("window.kg.graph.order")).toBe(2);
      expect(await v.page.evaluate(`window.kg.graph.hasNode("entity:Person:tomas reyes")`)).toBe(true);
      expect(await v.page.evaluate("window.kg.graph.size")).toBe(1);
      await v.page.waitForTimeout(400);
      await v.shot("neo4j-expand");
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
  {
    name: "Neo4j errors and refused writes reach the user as readable messages",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      await v.page.getByLabel("Read-only Cypher").fill("MATCH (n RETURN n");
      await v.page.getByRole("button", { name: "Run query" }).click();
      await poll(() => v.page.textContent("#messages")).toMatch(/Query failed: .*(Neo4j|syntax|Invalid input)/i);
      await v.page.getByLabel("Read-only Cypher").fill("MATCH (n:Entity) SET n.touched = true RETURN n");
      await v.page.getByRole("button", { name: "Run query" }).click();
      await poll(() => v.page.locator("#messages .message").count()).toBe(2);
      expect(await v.page.locator("#messages .message").nth(1).textContent()).toMatch(/read-only/i);
      await v.shot("neo4j-errors");
      await v.page.close();
    },
  },
  {
    name: "the exported JSON is accepted by kg load",
    async run({ browser, url }) {
      // Only the fixture's document: re-loading must not touch other data in the shared database.
      const v = await openViewer(browser, `${url}#doc=viewer-e2e-harbor`);
      await poll(() => v.page.evaluate("window.kg.app.view.ctx.visibility.nodes.size")).toBe(6);
      await v.page.getByLabel("Export format").selectOption("json");
      const [download] = await Promise.all([v.page.waitForEvent("download"), v.page.getByRole("button", { name: "Export" }).click()]);
      const file = `${ARTIFACTS}/export-neo4j-view.json`;
      await download.saveAs(file);
      const { stderr } = await run("npx", ["tsx", "cli/main.ts", "load", file], { timeout: 90_000 });
      expect(stderr).toMatch(/loaded .* entities/);
      await v.page.close();
    },
  },
];
