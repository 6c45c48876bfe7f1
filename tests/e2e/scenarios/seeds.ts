// Scenarios on a graph extracted from real articles: draws, finds an entity by an alias, shows where it was read.
import { expect } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";
import { canvasShot, countColor, openViewer, poll } from "../support/viewer.js";
import type { Scenario, ScenarioContext } from "./types.js";

export interface SeedsContext extends ScenarioContext {
  graph: SerializedKg;
}

/** An entity with an alias that no other entity uses as a name or alias (so search has one right answer). */
function entityWithAlias(graph: SerializedKg) {
  const labels = new Map<string, number>();
  for (const n of graph.nodes) for (const l of [n.attributes!.name, ...(n.attributes!.aliases ?? [])]) labels.set(l.toLowerCase(), (labels.get(l.toLowerCase()) ?? 0) + 1);
  const withAlias = graph.nodes.filter(
    (n) => (n.attributes!.mentions ?? []).length > 0 && (n.attributes!.aliases ?? []).some((a) => labels.get(a.toLowerCase()) === 1 && a.length > 2),
  );
  withAlias.sort((a, b) => (b.attributes!.mentions?.length ?? 0) - (a.attributes!.mentions?.length ?? 0));
  return withAlias[0];
}

export const seedsScenarios: Array<Omit<Scenario, "run"> & { run(ctx: SeedsContext): Promise<void> }> = [
  {
    name: "the seeds' graph loads with no console errors and the canvas shows nodes",
    async run({ browser, url, graph }) {
      const v = await openViewer(browser, url);
      await poll(() => v.page.textContent("#status")).toContain(`${graph.nodes.length} entities`);
      const png = await canvasShot(v.page, "seeds-loaded");
      const colours = ["#e15759", "#4e79a7", "#59a14f"];
      const counts = await Promise.all(colours.map((c) => countColor(browser, png, c)));
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
  {
    name: "search finds a seeds entity by an alias and its panel shows a source sentence",
    async run({ browser, url, graph }) {
      const node = entityWithAlias(graph);
      expect(node, "the seeds' graph should have an entity with an alias").toBeDefined();
      const alias = node!.attributes!.aliases.find((a) => a.length > 2)!;
      const v = await openViewer(browser, url);
      await v.page.getByRole("searchbox").fill(alias);
      await v.page.getByRole("searchbox").press("Enter");
      await poll(() => v.page.textContent("#panel h2")).toBe(node!.attributes!.name);
      // The first mention's surface text is marked inside a sentence of its document.
      const first = node!.attributes!.mentions[0]!;
      await poll(() => v.page.locator("#panel blockquote mark").count()).toBeGreaterThan(0);
      await poll(async () => (await v.page.locator("#panel blockquote").allTextContents()).some((t) => t.length > (first.text ?? "").length + 10)).toBe(true);
      await v.shot("seeds-alias-panel");
      expect(v.errors).toEqual([]);
      await v.page.close();
    },
  },
];
