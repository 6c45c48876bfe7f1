// Cross-document entity resolution: one node per real-world entity, keyed `${type}:${normalizedName}`.
import type { EntityType, ExtractedEntity } from "../types.js";
import { entityKey, normalizeName } from "./normalize.js";
import type { DocRecord, EntityRecord } from "./records.js";

/** One entity occurrence: a document's entity with the document id. */
export interface Occurrence {
  doc: string;
  entity: EntityRecord;
}

export interface MergedEntities {
  /** node key -> the occurrences merged into it (each entity record also gets its node in `key`). */
  nodes: Map<string, Occurrence[]>;
}

const TYPE_ORDER: EntityType[] = ["Organization", "Person", "Place", "Project", "Group", "Event"];
const isAcronym = (name: string) => /^[A-Z][A-Z0-9&.]{1,9}$/.test(name);
const wordCount = (name: string) => normalizeName(name).split(" ").length;

/** Weak names (an acronym, a lone surname) that should join a unique stronger entity when one exists. */
function isWeak(e: ExtractedEntity): boolean {
  return isAcronym(e.name) || ((e.entityType === "Person" || e.entityType === "Organization") && wordCount(e.name) === 1);
}

const NAME_SUFFIX = / (jr|sr|ii|iii|iv)$/;

/** The surname of a normalised person name ("ferdinand marcos jr" -> "marcos"). */
function surname(name: string): string {
  return name.replace(NAME_SUFFIX, "").split(" ").at(-1)!;
}

/** Chooses the type most mentions agree on (ties by TYPE_ORDER). */
function majorityType(occs: Occurrence[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const o of occs) votes.set(o.entity.entityType, (votes.get(o.entity.entityType) ?? 0) + o.entity.mentions.length);
  return [...votes].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
}

/**
 * "Security Council" -> "United Nations Security Council": an organisation name that another organisation
 * name ends with, where the extra words name an organisation of the corpus (its parent), joins that name.
 */
function ownerSuffixTargets(byName: Map<string, Occurrence[]>): Map<string, string> {
  const orgs = new Set<string>();
  const owners = new Set<string>();
  for (const [name, occs] of byName) {
    if (!occs.some((o) => o.entity.entityType === "Organization")) continue;
    orgs.add(name);
    owners.add(name);
    for (const o of occs) for (const a of o.entity.aliases) owners.add(normalizeName(a));
  }
  const longer = new Map<string, Set<string>>(); // tail after an owner's name -> the full names
  for (const n of orgs)
    for (let i = n.indexOf(" "); i > 0; i = n.indexOf(" ", i + 1))
      if (owners.has(n.slice(0, i))) (longer.get(n.slice(i + 1)) ?? longer.set(n.slice(i + 1), new Set()).get(n.slice(i + 1))!).add(n);
  const out = new Map<string, string>();
  for (const name of orgs) {
    const hits = name.includes(" ") ? longer.get(name) : undefined;
    if (hits?.size === 1) out.set(name, [...hits][0]!);
  }
  return out;
}

/**
 * Merges entities across documents (`records` sorted by document id): same normalised name (any type),
 * then weak names onto unique strong ones.
 */
export function mergeEntities(records: DocRecord[]): MergedEntities {
  const byName = new Map<string, Occurrence[]>();
  for (const x of records)
    for (const e of x.entities) {
      const n = entityKey(e.entityType, e.name).slice(e.entityType.length + 1);
      (byName.get(n) ?? byName.set(n, []).get(n)!).push({ doc: x.doc.id, entity: e });
    }
  // alias index over strong names: normalised alias (or surname) -> names
  const aliasIndex = new Map<string, Set<string>>();
  const index = (alias: string, name: string) => (aliasIndex.get(alias) ?? aliasIndex.set(alias, new Set()).get(alias)!).add(name);
  for (const [name, occs] of byName) {
    if (occs.every((o) => isWeak(o.entity))) continue;
    for (const o of occs) {
      for (const a of o.entity.aliases) {
        index(`${o.entity.entityType}:${normalizeName(a)}`, name);
        if (isAcronym(a)) index(`*:${normalizeName(a)}`, name);
      }
      if (o.entity.entityType === "Person") index(`Person:${surname(name)}`, name);
    }
  }
  const target = new Map<string, string>(); // weak name -> strong name
  for (const [name, occs] of byName) {
    if (!occs.every((o) => isWeak(o.entity))) continue;
    const first = occs[0]!.entity;
    let hits = aliasIndex.get(isAcronym(first.name) ? `*:${name}` : `${first.entityType}:${name}`);
    if (!hits?.size && !name.includes(" ")) hits = aliasIndex.get(`Person:${name}`); // "Teodoro told ..." typed as an organisation
    if (hits?.size === 1) target.set(name, [...hits][0]!);
  }
  for (const [name, root] of ownerSuffixTargets(byName)) if (!target.has(name)) target.set(name, root);
  const nodes = new Map<string, Occurrence[]>();
  const groups = new Map<string, Occurrence[]>();
  for (const [name, occs] of byName) {
    const root = target.get(name) ?? name;
    const group = groups.get(root) ?? groups.set(root, []).get(root)!;
    for (const o of occs) group.push(o);
  }
  for (const [root, occs] of groups) {
    const strong = occs.filter((o) => !isWeak(o.entity));
    const key = `${majorityType(strong.length ? strong : occs)}:${root}`;
    nodes.set(key, occs);
    for (const o of occs) o.entity.key = key;
  }
  return { nodes };
}
