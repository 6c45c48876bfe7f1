// The gazetteer's compact row file (written by `npm run build`) gives the same rows as the npm packages, and a stale one is ignored.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { placeSources, sourcesFromPackages } from "../../../ingest/gazetteer/place-sources.js";

describe("placeSources", () => {
  const fromPackages = sourcesFromPackages();
  const dir = mkdtempSync(join(tmpdir(), "kg-gazetteer-"));

  it("reads the compact file when its stamp matches the installed packages", () => {
    const file = join(dir, "fresh.json");
    const marked = { ...fromPackages, countries: fromPackages.countries.slice(0, 1) };
    writeFileSync(file, JSON.stringify(marked));
    expect(placeSources(file).countries).toHaveLength(1);
    writeFileSync(file, JSON.stringify(fromPackages));
    expect(placeSources(file)).toEqual(fromPackages);
  });

  it("falls back to the packages when the file is stale, broken or missing", () => {
    const stale = join(dir, "stale.json");
    writeFileSync(stale, JSON.stringify({ ...fromPackages, stamp: "format 0", cities: [] }));
    expect(placeSources(stale).cities.length).toBe(fromPackages.cities.length);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{");
    expect(placeSources(broken).cities.length).toBe(fromPackages.cities.length);
    expect(placeSources(join(dir, "missing.json")).stamp).toBe(fromPackages.stamp);
  });

  it("keeps big cities and capitals with coordinates", () => {
    const capital = fromPackages.cities.find((c) => c[5] === "PPLC" && c[1] === "PT");
    expect(capital?.[0]).toBe("Lisbon");
    expect(fromPackages.cities.every((c) => c[4] >= 15_000 || c[5] === "PPLC")).toBe(true);
  });
});
