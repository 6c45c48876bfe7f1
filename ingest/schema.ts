// Loads and checks the schema file (entity types, relation types, trigger lexicon).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES } from "../graph/types.js";
import { UsageError } from "../graph/errors.js";

export interface EntityTypeSpec {
  name: string;
  color: string;
  description?: string;
}

export interface RelationSpec {
  name: string;
  symmetric: boolean;
  description?: string;
  [extra: string]: unknown;
}

export interface Schema {
  entityTypes: EntityTypeSpec[];
  relations: RelationSpec[];
  [extra: string]: unknown;
}


let cached: Schema | undefined;

/** The bundled schema (schema/default.json), loaded once. */
export function defaultSchema(): Schema {
  cached ??= loadSchema(resolveDefaultPath());
  return cached;
}

function resolveDefaultPath(): string {
  // Works from the TypeScript sources (ingest/) and from the build (dist/ingest/).
  for (const rel of ["../schema/default.json", "../../schema/default.json"]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    try {
      readFileSync(p);
      return p;
    } catch {
      /* try the next */
    }
  }
  throw new UsageError("ingest/schema: schema/default.json not found");
}

export function loadSchema(path: string): Schema {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`ingest/schema: cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  return validateSchema(raw, path);
}

export function validateSchema(raw: unknown, where = "schema"): Schema {
  const s = raw as Schema;
  if (!s || !Array.isArray(s.entityTypes) || !Array.isArray(s.relations))
    throw new UsageError(`ingest/schema: ${where}: needs "entityTypes" and "relations" arrays`);
  for (const t of s.entityTypes)
    if (!(ENTITY_TYPES as readonly string[]).includes(t.name))
      throw new UsageError(`ingest/schema: ${where}: unknown entity type "${t.name}" (one of ${ENTITY_TYPES.join(", ")})`);
  for (const r of s.relations)
    if (!/^[A-Z][A-Z0-9_]*$/.test(r.name))
      throw new UsageError(`ingest/schema: ${where}: relation "${r.name}" must be UPPER_SNAKE`);
  return s;
}
