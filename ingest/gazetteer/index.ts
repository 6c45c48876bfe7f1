// Public face of the gazetteers: places, demonyms and cue-word lists, each loaded once per process.
export { cues } from "./cues.js";
export { lookupPlace, lookupTown, demonymCountry, placeIndex, placeKey } from "./places.js";
export type { Cues, PlaceInfo, PlaceKind } from "./types.js";
