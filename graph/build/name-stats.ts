// What cross-document merging needs about one normalised name, folded in one entity occurrence at a time.
import type { EntityType, ExtractedEntity } from "../types.js";
import { normalizeName } from "./normalize.js";

export const TYPE_ORDER: EntityType[] = ["Organization", "Person", "Place", "Project", "Group", "Event"];
export const isAcronym = (name: string): boolean => /^[A-Z][A-Z0-9&.]{1,9}$/.test(name);
const wordCount = (name: string) => normalizeName(name).split(" ").length;

/** Weak names (an acronym, a lone surname) that should join a unique stronger entity when one exists. */
export function isWeak(e: Pick<Occurrence, "name" | "entityType">): boolean {
  return isAcronym(e.name) || ((e.entityType === "Person" || e.entityType === "Organization") && wordCount(e.name) === 1);
}

const NAME_SUFFIX = / (jr|sr|ii|iii|iv)$/;

/** The surname of a normalised person name ("ferdinand marcos jr" -> "marcos"). */
export function surname(name: string): string {
  return name.replace(NAME_SUFFIX, "").split(" ").at(-1)!;
}

/** What folding reads of one entity occurrence (an ExtractedEntity's fields, its mentions counted). */
export interface Occurrence {
  name: string;
  entityType: EntityType;
  aliases: string[];
  roles: string[] | undefined;
  mentionCount: number;
  attributes: ExtractedEntity["attributes"];
}

/** Place facts carried by an entity (the first occurrence with attributes wins). */
export interface Facts {
  countryCode?: unknown;
  lat?: unknown;
  lon?: unknown;
}

/** Everything merging and node attributes need about one normalised name (the `byName` key). */
export interface NameStats {
  name: string;
  /** First occurrence in (document id, order added): its occurrence index, document id, surface name and type. */
  first: number;
  firstDoc: string;
  firstName: string;
  firstType: EntityType;
  allWeak: boolean;
  anyOrganization: boolean;
  /**
   * Mentions per entity type (TYPE_ORDER), of all occurrences then of strong (not weak) ones only:
   * `votes[t]` and `votes[TYPES + t]`, -1 where no occurrence had the type.
   */
  votes: number[];
  /** Surface name -> mentions (for choosing the node's name). */
  scores: Map<string, number>;
  /** Created when first needed (most names have no aliases or roles). */
  aliases?: Set<string>;
  roles?: Set<string>;
  /** Alias-index keys this name answers to when it is strong (`Type:alias`, `*:ACRONYM`, `Person:surname`). */
  indexKeys?: Set<string>;
  facts?: { doc: string; occurrence: number; value: Facts };
}

export const TYPES = TYPE_ORDER.length;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bump = (votes: number[], i: number, by: number) => (votes[i] = Math.max(votes[i]!, 0) + by);

/** Folds occurrence `occurrence` (entity `e` of document `doc`) into the stats of its normalised name. */
export function foldName(stats: NameStats | undefined, name: string, e: Occurrence, doc: string, occurrence: number): NameStats {
  const weak = isWeak(e);
  const s: NameStats = stats ?? {
    name,
    first: occurrence,
    firstDoc: doc,
    firstName: e.name,
    firstType: e.entityType,
    allWeak: true,
    anyOrganization: false,
    votes: new Array<number>(2 * TYPES).fill(-1),
    scores: new Map(),
    // Present from the start (set later when needed): one object shape for every name, so the code that
    // reads the stats (merging, node attributes) is not deoptimised by each new combination of fields.
    aliases: undefined,
    roles: undefined,
    indexKeys: undefined,
    facts: undefined,
  };
  if (byText(doc, s.firstDoc) < 0) Object.assign(s, { first: occurrence, firstDoc: doc, firstName: e.name, firstType: e.entityType });
  if (!weak) s.allWeak = false;
  if (e.entityType === "Organization") s.anyOrganization = true;
  const n = e.mentionCount;
  const t = TYPE_ORDER.indexOf(e.entityType);
  bump(s.votes, t, n);
  if (!weak) bump(s.votes, TYPES + t, n);
  s.scores.set(e.name, (s.scores.get(e.name) ?? 0) + n);
  for (const a of e.aliases) {
    (s.aliases ??= new Set()).add(a);
    (s.indexKeys ??= new Set()).add(`${e.entityType}:${normalizeName(a)}`);
    if (isAcronym(a)) s.indexKeys.add(`*:${normalizeName(a)}`);
  }
  if (e.entityType === "Person") (s.indexKeys ??= new Set()).add(`Person:${surname(name)}`);
  for (const r of e.roles ?? []) (s.roles ??= new Set()).add(r);
  if (e.attributes !== undefined && (!s.facts || byText(doc, s.facts.doc) < 0)) {
    const { countryCode, lat, lon } = e.attributes as Facts;
    s.facts = { doc, occurrence, value: { countryCode, lat, lon } };
  }
  return s;
}
