// Scenarios on export: JSON that parses as a kg graph, PNG, GEXF, GraphML, CSV and SVG downloads.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";
import type { Download, Page } from "playwright-core";
import { ARTIFACTS, openViewer, poll } from "../support/viewer.js";
import type { Scenario } from "./types.js";

/** Exports in `format` and returns the saved files' paths (CSV gives several files). */
async function exportAs(page: Page, format: string, files = 1): Promise<string[]> {
  const downloads: Download[] = [];
  const collect = (d: Download) => void downloads.push(d);
  page.on("download", collect);
  await page.getByLabel("Export format").selectOption(format);
  await page.getByRole("button", { name: "Export" }).click();
  await poll(() => downloads.length).toBe(files);
  page.off("download", collect);
  const out: string[] = [];
  for (const d of downloads) {
    const file = path.join(ARTIFACTS, `export-${d.suggestedFilename()}`);
    await d.saveAs(file);
    out.push(file);
  }
  return out;
}

export const exportScenarios: Scenario[] = [
  {
    name: "export JSON downloads the visible graph as a kg graph",
    async run({ browser, url }) {
      const v = await openViewer(browser, `${url}#hideTypes=Place`);
      const [file] = await exportAs(v.page, "json");
      const g = JSON.parse(await readFile(file!, "utf8")) as SerializedKg;
      expect(g.nodes).toHaveLength(5);
      expect(g.nodes.every((n) => n.attributes!.name && n.attributes!.entityType && Array.isArray(n.attributes!.mentions))).toBe(true);
      expect(g.edges.every((e) => e.attributes!.relation && e.attributes!.evidence.length > 0)).toBe(true);
      expect(g.attributes.documents?.map((d) => d.id)).toContain("viewer-e2e-harbor");
      await v.page.close();
    },
  },
  {
    name: "export PNG, GEXF, GraphML, CSV, Cypher and SVG download files",
    async run({ browser, url }) {
      const v = await openViewer(browser, url);
      const [png] = await exportAs(v.page, "png");
      expect((await readFile(png!)).subarray(1, 4).toString()).toBe("PNG");
      const [gexf] = await exportAs(v.page, "gexf");
      expect(await readFile(gexf!, "utf8")).toMatch(/<gexf[\s\S]*<node id="entity:Person:lena okafor"/);
      const [graphml] = await exportAs(v.page, "graphml");
      expect(await readFile(graphml!, "utf8")).toMatch(/<graphml[\s\S]*<edge /);
      const [svg] = await exportAs(v.page, "svg");
      expect(await readFile(svg!, "utf8")).toMatch(/<svg[\s\S]*<circle/);
      const csv = await exportAs(v.page, "csv", 3);
      const texts = await Promise.all(csv.map((f) => readFile(f, "utf8")));
      expect(texts.join("\n")).toContain("Lena Okafor");
      const [cypher] = await exportAs(v.page, "cypher");
      expect(await readFile(cypher!, "utf8")).toMatch(/MERGE/);
      await v.page.close();
    },
  },
];
