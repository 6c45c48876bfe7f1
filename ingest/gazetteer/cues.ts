// The cue-word lists (cues.json) as Sets and Maps, built once per process.
import { compromiseData } from "../extract/compromise-data.js";
import rawCues from "./cues.json" with { type: "json" };
import type { Cues } from "./types.js";

interface RawCues {
  [list: string]: unknown;
  groupNouns: Record<string, string[]>;
  stateOrgNouns: Record<string, string>;
}

let cached: Cues | undefined;

const set = (raw: RawCues, key: string) => new Set((raw[key] as string[] | undefined) ?? []);

/** The cue lists from ingest/gazetteer/cues.json (loaded lazily, once). */
export function cues(): Cues {
  if (cached) return cached;
  const raw = rawCues as unknown as RawCues;
  const groupNouns = new Map<string, string>();
  for (const [canon, words] of Object.entries(raw.groupNouns)) for (const w of words) groupNouns.set(w, canon);
  const notPlaceHeads = set(raw, "notPlaceHeads");
  const model = compromiseData(); // compromise's place and organisation head words
  const libraryPlaceWords = model.placeWords;
  const notOrgHeads = set(raw, "notOrgHeads");
  const orgHeads = set(raw, "orgHeads");
  for (const w of model.orgWords) if (!notOrgHeads.has(w)) orgHeads.add(w);
  const placeHeads = set(raw, "placeHeads");
  for (const w of libraryPlaceWords) if (!notPlaceHeads.has(w)) placeHeads.add(w);
  cached = {
    placeHeads,
    compassWords: set(raw, "compassWords"),
    adminSuffixes: set(raw, "adminSuffixes"),
    regions: (raw.regions ?? {}) as Record<string, string>,
    countryAliases: new Map(Object.entries((raw.countryAliases ?? {}) as Record<string, string>)),
    locativePrepositions: set(raw, "locativePrepositions"),
    weakLocativePrepositions: set(raw, "weakLocativePrepositions"),
    orgHeads,
    mediaWords: set(raw, "mediaWords"),
    companyNouns: set(raw, "companyNouns"),
    corporateWords: set(raw, "corporateWords"),
    placePrefixes: set(raw, "placePrefixes"),
    demonymAliases: (raw.demonymAliases ?? {}) as Record<string, string>,
    projectHeads: set(raw, "projectHeads"),
    eventHeads: set(raw, "eventHeads"),
    titleHeads: set(raw, "titleHeads"),
    titleModifiers: set(raw, "titleModifiers"),
    titleAbbreviations: set(raw, "titleAbbreviations"),
    rankTitles: set(raw, "rankTitles"),
    honorifics: set(raw, "honorifics"),
    orgNameWords: set(raw, "orgNameWords"),
    articleOrgWords: set(raw, "articleOrgWords"),
    namedBodies: set(raw, "namedBodies"),
    orgNounsAfter: set(raw, "orgNounsAfter"),
    placeSuffixWords: set(raw, "placeSuffixWords"),
    adminNouns: set(raw, "adminNouns"),
    residentNouns: set(raw, "residentNouns"),
    featureHeads: set(raw, "featureHeads"),
    unitNouns: set(raw, "unitNouns"),
    groupNouns,
    groupNounsWhenArmed: set(raw, "groupNounsWhenArmed"),
    stateOrgNouns: new Map(Object.entries(raw.stateOrgNouns)),
    notEntities: set(raw, "notEntities"),
    notPlaces: set(raw, "notPlaces"),
    actorVerbs: set(raw, "actorVerbs"),
    sourcePrepositions: (raw.sourcePrepositions as string[]) ?? [],
    countryAcronyms: new Map(Object.entries(raw.countryAcronyms as Record<string, string>)),
  };
  return cached;
}
