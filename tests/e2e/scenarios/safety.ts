// Scenarios on safety: article markup stays text, the API refuses writes, errors reach the user readably.
import { expect } from "vitest";
import { openViewer, poll } from "../support/viewer.js";
import type { Scenario } from "./types.js";

export const safetyScenarios: Scenario[] = [
  {
    name: "an article with <script> and <img onerror> stays inert text",
    async run({ browser, url }) {
      const v = await openViewer(browser, `${url}#node=${encodeURIComponent("entity:Person:tomas reyes")}`);
      const sentence = v.page.locator("#panel blockquote", { hasText: "answered" });
      await poll(() => sentence.count()).toBe(1);
      expect(await sentence.textContent()).toContain(`<img src="x" onerror="window.__xss = 'img'">`);
      expect(await v.page.locator("#panel img, #panel script, #panel b").count()).toBe(0);
      expect(await v.page.textContent("#panel")).toContain('Statement <b onmouseover="x">');
      await v.page.goto(`${url}#node=${encodeURIComponent("entity:Person:lena okafor")}`);
      await v.page.reload();
      await v.page.waitForSelector("body[data-ready]", { state: "attached" });
      await poll(() => v.page.locator("#panel blockquote", { hasText: "praised" }).textContent()).toContain("<script>");
      await v.page.waitForTimeout(500);
      expect(await v.page.evaluate("typeof window.__xss")).toBe("undefined");
      await v.shot("xss-inert");
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
  {
    name: "the API refuses writes with a readable message",
    async run({ url }) {
      const post = await fetch(new URL("/api/query", url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cypher: "MATCH (n) DETACH DELETE n" }),
      });
      expect(post.status).toBe(400);
      expect((await post.json()).error).toMatch(/read-only/);
      const del = await fetch(new URL("/api/graph", url), { method: "DELETE" });
      expect(del.status).toBe(405);
    },
  },
  {
    name: "a failing query shows a readable message in the page",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      await v.page.getByLabel("Read-only Cypher").fill("CREATE (n:Entity {name: 'x'}) RETURN n");
      await v.page.getByRole("button", { name: "Run query" }).click();
      await poll(() => v.page.textContent("#messages")).toMatch(/Query failed: .*read-only/);
      expect(await v.page.evaluate("window.kg.graph.order")).toBe(6);
      await v.shot("query-refused");
      await v.page.close();
    },
  },
];
