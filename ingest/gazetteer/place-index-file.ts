// The finished place index as a compact file made by `npm run build`: a thread loads it in ~30 ms instead of building it (~0.3 s).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PlaceIndex } from "./places.js";
import { sourceStamp } from "./place-sources.js";
import type { PlaceInfo, PlaceKind } from "./types.js";

/** Written by scripts/build-gazetteer.mjs next to the compiled module. */
export const placeIndexFile = fileURLToPath(new URL("./place-index.json", import.meta.url));
/** Bump when the file's layout changes. */
const FORMAT = 1;
const KINDS: PlaceKind[] = ["country", "state", "city"];

/** Each distinct PlaceInfo once, as columns; the maps as [key, info number] pairs in insertion order. */
interface Encoded {
  names: string[];
  kinds: number[];
  codes: string[];
  /** null where the info has no such field. */
  lats: Array<number | null>;
  lons: Array<number | null>;
  populations: Array<number | null>;
  places: Array<string | number>;
  towns: Array<string | number>;
  demonyms: Array<string | number>;
}

/**
 * What the index is made from: the place rows (package versions, filter), the cue lists and the index-building
 * code itself (the compiled places.js beside this module). Undefined from TypeScript sources (no places.js here).
 */
export function placeIndexStamp(dir = new URL("./", import.meta.url)): string | undefined {
  const code = new URL("places.js", dir);
  const cues = new URL("cues.json", dir);
  if (!existsSync(code) || !existsSync(cues)) return undefined;
  const hash = createHash("sha256").update(readFileSync(code)).update("\0").update(readFileSync(cues)).digest("hex");
  return `place-index ${FORMAT} ${sourceStamp()} ${hash.slice(0, 24)}`;
}

/** The file's text: the stamp on the first line, then the encoded index as JSON. */
export function encodePlaceIndex(index: PlaceIndex, stamp: string): string {
  const numbers = new Map<PlaceInfo, number>();
  const e: Encoded = { names: [], kinds: [], codes: [], lats: [], lons: [], populations: [], places: [], towns: [], demonyms: [] };
  const number = (info: PlaceInfo): number => {
    let n = numbers.get(info);
    if (n !== undefined) return n;
    n = numbers.size;
    numbers.set(info, n);
    const keys = Object.keys(info).join(",");
    if (!/^name,kind,countryCode(,lat,lon(,population)?)?$/.test(keys)) throw new Error(`ingest/gazetteer: place with unexpected fields ${keys}`);
    e.names.push(info.name);
    e.kinds.push(KINDS.indexOf(info.kind));
    e.codes.push(info.countryCode);
    e.lats.push(info.lat ?? null);
    e.lons.push(info.lon ?? null);
    e.populations.push(info.population ?? null);
    return n;
  };
  for (const list of ["places", "towns", "demonyms"] as const) for (const [key, info] of index[list]) e[list].push(key, number(info));
  return `${stamp}\n${JSON.stringify(e)}`;
}

/** The index in `text` when its stamp is `stamp`, else undefined. Shared infos stay shared, keys keep their order. */
export function decodePlaceIndex(text: string, stamp: string): PlaceIndex | undefined {
  const eol = text.indexOf("\n");
  if (eol < 0 || text.slice(0, eol) !== stamp) return undefined;
  const e = JSON.parse(text.slice(eol + 1)) as Encoded;
  const infos: PlaceInfo[] = new Array(e.names.length);
  for (let i = 0; i < infos.length; i++) {
    const name = e.names[i]!, kind = KINDS[e.kinds[i]!]!, countryCode = e.codes[i]!;
    const lat = e.lats[i], lon = e.lons[i], population = e.populations[i];
    // The same three shapes (and key orders) as places.ts makes.
    if (lat === null || lon === null || lat === undefined || lon === undefined) infos[i] = { name, kind, countryCode };
    else if (population === null || population === undefined) infos[i] = { name, kind, countryCode, lat, lon };
    else infos[i] = { name, kind, countryCode, lat, lon, population };
  }
  const map = (pairs: Array<string | number>): Map<string, PlaceInfo> => {
    const m = new Map<string, PlaceInfo>();
    for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i] as string, infos[pairs[i + 1] as number]!);
    return m;
  };
  return { places: map(e.places), towns: map(e.towns), demonyms: map(e.demonyms) };
}

/** The prebuilt index when the file is there and made from exactly the current rows, cues and code; else undefined. */
export function prebuiltPlaceIndex(file = placeIndexFile, stamp = placeIndexStamp()): PlaceIndex | undefined {
  if (stamp === undefined || !existsSync(file)) return undefined;
  try {
    return decodePlaceIndex(readFileSync(file, "utf8"), stamp);
  } catch {
    return undefined; // unreadable or partial: build it instead
  }
}
