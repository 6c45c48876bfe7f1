// The place index saved by `npm run build` loads back as the very index buildPlaceIndex makes (entries, order, shared
// entries), and a stale, broken or missing file is ignored; the same for the small world-countries demonym rows.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countryRows, countryRowsFromPackage, encodeCountryRows } from "../../../ingest/gazetteer/country-rows.js";
import { decodePlaceIndex, encodePlaceIndex, prebuiltPlaceIndex } from "../../../ingest/gazetteer/place-index-file.js";
import { buildPlaceIndex, type PlaceIndex } from "../../../ingest/gazetteer/places.js";

const LISTS = ["places", "towns", "demonyms"] as const;

/** Every entry as text, in map order, with each distinct info numbered by first appearance (shows sharing). */
function fingerprint(index: PlaceIndex): string[] {
  const ids = new Map<object, number>();
  const out: string[] = [];
  for (const list of LISTS)
    for (const [key, info] of index[list]) {
      if (!ids.has(info)) ids.set(info, ids.size);
      out.push(`${list} ${key} #${ids.get(info)} ${JSON.stringify(info)}`);
    }
  return out;
}

describe("prebuilt place index", () => {
  const built = buildPlaceIndex();
  const dir = mkdtempSync(join(tmpdir(), "kg-place-index-"));

  it("decodes to the same entries, key order, field order and shared entries", () => {
    const decoded = decodePlaceIndex(encodePlaceIndex(built, "stamp A"), "stamp A");
    expect(decoded).toBeDefined();
    expect(fingerprint(decoded!)).toEqual(fingerprint(built));
    expect(decoded!.places.size).toBeGreaterThan(5000);
  });

  it("is ignored when its stamp differs, or the file is broken or missing", () => {
    const file = join(dir, "index.json");
    writeFileSync(file, encodePlaceIndex(built, "stamp A"));
    expect(prebuiltPlaceIndex(file, "stamp A")?.towns.size).toBe(built.towns.size);
    expect(prebuiltPlaceIndex(file, "stamp B")).toBeUndefined();
    expect(prebuiltPlaceIndex(file, undefined)).toBeUndefined();
    writeFileSync(file, "stamp A\n{");
    expect(prebuiltPlaceIndex(file, "stamp A")).toBeUndefined();
    expect(prebuiltPlaceIndex(join(dir, "missing.json"), "stamp A")).toBeUndefined();
  });
});

describe("country rows", () => {
  const rows = countryRowsFromPackage();
  const dir = mkdtempSync(join(tmpdir(), "kg-country-rows-"));

  it("keep names, sovereignty and English demonyms in the package's order", () => {
    const norway = rows.find((r) => r.name.common === "Norway");
    expect(norway?.independent).toBe(true);
    expect(norway?.demonyms?.eng?.m).toBe("Norwegian");
    expect(rows.length).toBeGreaterThan(240);
  });

  it("come from the compact copy only when it is fresh", () => {
    const fresh = join(dir, "fresh.json");
    writeFileSync(fresh, encodeCountryRows(rows.slice(0, 3)));
    expect(countryRows(fresh)).toHaveLength(3);
    const stale = join(dir, "stale.json");
    writeFileSync(stale, encodeCountryRows(rows.slice(0, 3), "country-rows 0"));
    expect(countryRows(stale)).toEqual(rows);
    expect(countryRows(join(dir, "missing.json"))).toEqual(rows);
  });
});
