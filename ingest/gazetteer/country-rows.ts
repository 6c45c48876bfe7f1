// world-countries' names, demonyms and sovereignty, from the small copy `npm run build` writes (not the 1.4 MB package data).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export interface CountryNameRow {
  name: { common: string };
  independent?: boolean;
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** Written by scripts/build-gazetteer.mjs next to the compiled module: the stamp on the first line, then the rows. */
export const countryRowsFile = fileURLToPath(new URL("./country-rows.json", import.meta.url));

/** What the rows come from; a copy with another stamp is stale. */
export function countryRowsStamp(): string {
  return `country-rows 1 world-countries@${(require("world-countries/package.json") as { version: string }).version}`;
}

/** The rows, in the package's order, read from world-countries itself. */
export function countryRowsFromPackage(): CountryNameRow[] {
  return (require("world-countries") as Array<CountryNameRow & { name: { common: string } }>).map(({ name, independent, demonyms }) => ({
    name: { common: name.common },
    ...(independent !== undefined ? { independent } : {}),
    ...(demonyms?.eng ? { demonyms: { eng: demonyms.eng } } : {}),
  }));
}

/** The text of the compact copy. */
export function encodeCountryRows(rows: CountryNameRow[], stamp = countryRowsStamp()): string {
  return `${stamp}\n${JSON.stringify(rows)}`;
}

/** The compact copy when it is there and fresh, else the package's rows (the same). */
export function countryRows(file = countryRowsFile): CountryNameRow[] {
  if (existsSync(file)) {
    try {
      const text = readFileSync(file, "utf8");
      const eol = text.indexOf("\n");
      if (text.slice(0, eol) === countryRowsStamp()) return JSON.parse(text.slice(eol + 1)) as CountryNameRow[];
    } catch {
      // unreadable or partial: the package below
    }
  }
  return countryRowsFromPackage();
}

/** Loaded once, at import (a few kB): a drop-in for `import countries from "world-countries"` where only these fields are read. */
const rows: CountryNameRow[] = countryRows();
export default rows;
