// The query library: lists and loads the named .cypher files in queries/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../graph/errors.js";
import { parseQuery } from "./parse.js";
import type { NamedQuery } from "./types.js";

export { coerceParams, guessParams, parseQuery } from "./parse.js";
export * from "./types.js";

/** The folder with the .cypher files: from the sources (queries/) or the build (dist/queries/). */
export function queriesDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const dir of [here, join(here, "../../queries")]) {
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".cypher"))) return dir;
  }
  return here;
}

let cache: NamedQuery[] | undefined;

/** All named queries, sorted by name. */
export function listQueries(dir = queriesDir()): NamedQuery[] {
  if (cache && dir === queriesDir()) return cache;
  const list = readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => parseQuery(readFileSync(join(dir, f), "utf8"), join(dir, f)))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (dir === queriesDir()) cache = list;
  return list;
}

/** One named query; UsageError listing the names when unknown. */
export function loadQuery(name: string): NamedQuery {
  const q = listQueries().find((x) => x.name === name);
  if (!q) throw new UsageError(`queries: no query named "${name}" (run \`kg queries\`: ${listQueries().map((x) => x.name).join(", ")})`);
  return q;
}

/** True when `text` looks like a query name rather than Cypher. */
export function isQueryName(text: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(text.trim());
}
