// Loads and checks the schema file (entity types, relation types, trigger lexicon).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES } from "../graph/types.js";
import type { EntityType } from "../graph/types.js";
import { UsageError } from "../graph/errors.js";

export interface EntityTypeSpec {
  name: string;
  color: string;
  description?: string;
}

/** One trigger of a relation: a verb or noun lemma and how its arguments are found (see README). */
export interface TriggerSpec {
  /** Verb lemma ("audit"); its inflections (audits, audited, auditing) are added at load time. */
  verb?: string;
  /** Noun lemma ("attack"); its plural is added at load time. */
  noun?: string;
  /** Extra surface forms (irregular inflections: "led", "struck"). */
  forms?: string[];
  /** Generated forms that are another word's ("found", past of "find", is not "found" a company). */
  except?: string[];
  /** Word that must follow the verb ("up" in "set up", "on" in "call on"). */
  particle?: string;
  /** Prepositions that introduce the tail ("on" in "work on", "against" in "attack against"). */
  preps?: string[];
  /** Verbs: the tail may be a direct object (default: true unless `preps` is given). */
  direct?: boolean;
  /** Words one of which must follow the verb before the tail ("delegation" in "led a delegation to"). */
  via?: string[];
  /** Nouns: prepositions that introduce the head ("from" in "financing from X"). */
  agentPreps?: string[];
  /** The tail must be followed by "to" + verb ("requested X to act"). */
  needsTo?: boolean;
  /** "X is based in Y": the subject stays the head in the passive. */
  stative?: boolean;
  /** Verbs: an unnamed object ("agreed to finance a new system") is the salient project or organisation of the context. */
  implicitObject?: boolean;
  /** Base confidence of edges from this trigger (default 0.8). */
  confidence?: number;
}

export interface RelationSpec {
  name: string;
  symmetric: boolean;
  description?: string;
  /** Entity types allowed as head / tail (default: any). */
  head?: EntityType[];
  tail?: EntityType[];
  triggers?: TriggerSpec[];
  /** Role titles that put a person (or unit) in this relation with an organisation ("Vice Chairman of X"). */
  roles?: string[];
  /** A state rather than an event (LOCATED_IN, MEMBER_OF): edges get no date. */
  timeless?: boolean;
  /** When the object is not named, attach the most salient entity of the context (low confidence). */
  implicitTail?: boolean;
  /** An unnamed counted object of people ("killed 12 soldiers", "arrested three suspects") becomes a Group entity. */
  groupTail?: boolean;
  [extra: string]: unknown;
}

/** Closed word lists the relation rules use besides triggers (all lower case). */
export interface RelationCues {
  /** Verbs that make their subject the agent of a trigger noun ("conduct audits"). */
  lightVerbs?: string[];
  /** Verbs whose subject is the tail of a trigger noun ("the plants depend on German loans"). */
  tailSubjectVerbs?: string[];
  /** Nouns naming a state's organisation in a role ("army" in "Army Chief"). */
  orgNouns?: string[];
  /** Words after a place name that mean a part of another place ("province" in "X province of Y"). */
  placeWords?: string[];
  /** Last words of organisation names that sit in the place their name starts with ("<City> University"). */
  placeSuffixes?: string[];
  /** Nouns for one side of a meeting ("the A side led by P", "met their counterparts from X"). */
  delegationNouns?: string[];
  /** Last words of unit names ("brigade"): "the army's Fifth Brigade" and "the UN mission, X" give PART_OF. */
  unitNouns?: string[];
  /** Plural nouns for people ("soldiers", "suspects"): an unnamed counted object of a groupTail relation. */
  peopleNouns?: string[];
  /** Nouns that, after "the", stand for the latest entity of a type: {"project": "Project"}. */
  classNouns?: Record<string, EntityType>;
}

export interface Schema {
  entityTypes: EntityTypeSpec[];
  relations: RelationSpec[];
  relationCues?: RelationCues;
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
  for (const r of s.relations) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(r.name))
      throw new UsageError(`ingest/schema: ${where}: relation "${r.name}" must be UPPER_SNAKE`);
    validateRelation(r, where);
  }
  return s;
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

function validateRelation(r: RelationSpec, where: string): void {
  const fail = (msg: string): never => {
    throw new UsageError(`ingest/schema: ${where}: relation "${r.name}": ${msg}`);
  };
  for (const end of ["head", "tail"] as const) {
    const types = r[end];
    if (types === undefined) continue;
    if (!isStrings(types)) fail(`"${end}" must be an array of entity types`);
    for (const t of types as string[])
      if (!(ENTITY_TYPES as readonly string[]).includes(t)) fail(`unknown entity type "${t}" in "${end}"`);
  }
  if (r.roles !== undefined && !isStrings(r.roles)) fail(`"roles" must be an array of strings`);
  if (r.triggers === undefined) return;
  if (!Array.isArray(r.triggers)) fail(`"triggers" must be an array`);
  for (const t of r.triggers ?? []) {
    if (!t || typeof t !== "object") fail("a trigger must be an object");
    if (!!t.verb === !!t.noun || typeof (t.verb ?? t.noun) !== "string")
      fail(`a trigger needs exactly one of "verb" or "noun" (a lemma string): ${JSON.stringify(t)}`);
    for (const k of ["forms", "preps", "via", "agentPreps"] as const)
      if (t[k] !== undefined && !isStrings(t[k])) fail(`trigger "${t.verb ?? t.noun}": "${k}" must be an array of strings`);
    if (t.confidence !== undefined && !(typeof t.confidence === "number" && t.confidence > 0 && t.confidence <= 1))
      fail(`trigger "${t.verb ?? t.noun}": "confidence" must be a number in (0, 1]`);
  }
}
