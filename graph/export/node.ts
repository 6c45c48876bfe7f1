// Node-only helpers for exports: reading graph files (kept out of index.ts so the browser bundle stays clean).
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import type { SerializedKg } from "../types.js";

/** Reads a graphology JSON file; InputError naming the file when it is not one. */
export function readGraphFile(file: string): SerializedKg {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new InputError(file, `not a readable JSON file (${(err as Error).message})`, { cause: err, skipped: false });
  }
  const kg = raw as SerializedKg;
  if (!kg || !Array.isArray(kg.nodes)) throw new InputError(file, 'not a kg graph (expected graphology JSON with "nodes" and "edges")', { skipped: false });
  kg.edges ??= [];
  return kg;
}
