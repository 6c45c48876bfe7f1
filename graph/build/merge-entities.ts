// Cross-document entity resolution: one node per real-world entity, keyed `${type}:${normalizedName}`.
import type { EntityType } from "../types.js";
import { isAcronym, TYPE_ORDER, TYPES, type NameStats } from "./name-stats.js";
import { normalizeName } from "./normalize.js";

/** One node: its key and the names merged into it, in the order names were first seen. */
export interface MergedNode {
  key: string;
  names: NameStats[];
}

/**
 * "Security Council" -> "United Nations Security Council": an organisation name that another organisation
 * name ends with, where the extra words name an organisation of the corpus (its parent), joins that name.
 */
function ownerSuffixTargets(names: NameStats[]): Map<string, string> {
  const orgs = new Set<string>();
  const owners = new Set<string>();
  for (const s of names) {
    if (!s.anyOrganization) continue;
    orgs.add(s.name);
    owners.add(s.name);
    for (const a of s.aliases ?? []) owners.add(normalizeName(a));
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

/** Chooses the type most mentions agree on (ties by TYPE_ORDER). */
function majorityType(group: NameStats[]): EntityType {
  const from = group.some((s) => !s.allWeak) ? TYPES : 0;
  let best = -1;
  let bestVotes = -1;
  for (let t = 0; t < TYPES; t++) {
    let votes = -1;
    for (const s of group) if (s.votes[from + t]! >= 0) votes = Math.max(votes, 0) + s.votes[from + t]!;
    if (votes > bestVotes) [best, bestVotes] = [t, votes]; // ties: the earlier type in TYPE_ORDER
  }
  return TYPE_ORDER[best]!;
}

/**
 * Merges names across documents (`names` in the order first seen, documents sorted by id): same
 * normalised name (any type), then weak names (acronyms, lone surnames) onto a unique strong one.
 */
export function mergeEntities(names: NameStats[]): MergedNode[] {
  // alias index over strong names: normalised alias (or surname) -> names
  const aliasIndex = new Map<string, Set<string>>();
  for (const s of names) {
    if (s.allWeak) continue;
    for (const k of s.indexKeys ?? []) (aliasIndex.get(k) ?? aliasIndex.set(k, new Set()).get(k)!).add(s.name);
  }
  const target = new Map<string, string>(); // weak name -> strong name
  for (const s of names) {
    if (!s.allWeak) continue;
    let hits = aliasIndex.get(isAcronym(s.firstName) ? `*:${s.name}` : `${s.firstType}:${s.name}`);
    if (!hits?.size && !s.name.includes(" ")) hits = aliasIndex.get(`Person:${s.name}`); // "Teodoro told ..." typed as an organisation
    if (hits?.size === 1) target.set(s.name, [...hits][0]!);
  }
  for (const [name, root] of ownerSuffixTargets(names)) if (!target.has(name)) target.set(name, root);
  const groups = new Map<string, NameStats[]>();
  for (const s of names) {
    const root = target.get(s.name) ?? s.name;
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(s);
  }
  return [...groups].map(([root, group]) => ({ key: `${majorityType(group)}:${root}`, names: group }));
}
