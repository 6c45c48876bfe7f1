// Scenarios on the hand-made news graph: load, draw, search, panel provenance, filters, URL state.
import { expect } from "vitest";
import { canvasShot, countColor, nodePosition, openViewer, poll } from "../support/viewer.js";
import type { Scenario } from "./types.js";

const PERSON = "#e15759";
const OKAFOR = "entity:Person:lena okafor";

export const exploreScenarios: Scenario[] = [
  {
    name: "loads the graph with no console errors and draws nodes",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      await poll(() => v.page.textContent("#status")).toContain("6 entities, 5 relations");
      const png = await canvasShot(v.page, "loaded");
      expect(await countColor(browser, png, PERSON)).toBeGreaterThan(100);
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
  {
    name: "search finds an entity by an alias and opens its panel",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      const box = v.page.getByRole("searchbox", { name: /find an entity/i });
      await box.fill("northw");
      await poll(() => v.page.getByRole("option").first().textContent()).toContain("Northwind Shipping Company");
      await box.press("Enter");
      await poll(() => v.page.textContent("#panel h2")).toBe("Northwind Shipping Company");
      await poll(() => v.page.evaluate("location.hash")).toContain("node=entity");
      await v.shot("search-alias");
      // The selected node is still drawn (selecting once blanked the canvas).
      await v.page.waitForTimeout(800);
      expect(await countColor(browser, await canvasShot(v.page, "search-alias-canvas"), "#4e79a7")).toBeGreaterThan(100);
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
  {
    name: "clicking a node shows its source sentence with the mention marked",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      const p = await nodePosition(v.page, OKAFOR);
      await v.page.mouse.click(p.x, p.y);
      await poll(() => v.page.textContent("#panel h2")).toBe("Lena Okafor");
      const sentence = v.page.locator("#panel blockquote", { hasText: "met with Tomas Reyes" });
      await poll(() => sentence.count()).toBe(1);
      expect(await sentence.locator("mark").first().textContent()).toBe("Lena Okafor");
      expect(await v.page.textContent("#panel")).toContain("Harbor deal signed");
      await v.shot("node-panel");
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
  {
    name: "a type filter hides that type's nodes",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      await v.page.getByRole("checkbox", { name: /Person/ }).uncheck();
      await poll(() => v.page.evaluate("window.kg.app.view.ctx.visibility.nodes.size")).toBe(4);
      await v.page.waitForTimeout(300);
      const png = await canvasShot(v.page, "filter-person-hidden");
      expect(await countColor(browser, png, PERSON)).toBeLessThan(20);
      expect(await v.page.evaluate("location.hash")).toContain("hideTypes=Person");
      await v.page.close();
    },
  },
  {
    name: "a shared link restores the selection and filters",
    async run({ browser, url }) {
      const v = await openViewer(browser, `${url}#node=${encodeURIComponent(OKAFOR)}&hideTypes=Place`);
      await poll(() => v.page.textContent("#panel h2")).toBe("Lena Okafor");
      expect(await v.page.getByRole("checkbox", { name: /Place/ }).isChecked()).toBe(false);
      expect(await v.page.evaluate("window.kg.app.view.ctx.visibility.nodes.size")).toBe(5);
      await v.page.close();
    },
  },
  {
    name: "hide and show a node from its panel",
    async run({ browser, url }) {
      const v = await openViewer(browser, `${url}#node=${encodeURIComponent(OKAFOR)}`);
      await v.page.getByRole("button", { name: "Hide Lena Okafor" }).click();
      await poll(() => v.page.evaluate("window.kg.app.view.ctx.visibility.nodes.size")).toBe(5);
      await v.page.getByRole("button", { name: /Show 1 hidden/ }).click();
      await poll(() => v.page.evaluate("window.kg.app.view.ctx.visibility.nodes.size")).toBe(6);
      await v.page.close();
    },
  },
];
