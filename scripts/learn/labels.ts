// Labels for candidate pairs: document entities matched to gold entities the way the shared scorer does.
import type { ExtractedEntity } from "../../graph/types.js";
import type { GoldFile } from "./corpus.js";

/** The scorer's synonyms that the gold files use, mapped to the schema's names. */
const SYNONYMS: Record<string, string> = { WORKS_FOR: "MEMBER_OF", SERVES_IN: "MEMBER_OF", HEADS: "LEADS", COMMANDS: "LEADS", TARGETED: "ATTACKED", FINANCES: "FUNDS", INVESTED_IN: "FUNDS", SUBSIDIARY_OF: "PART_OF", UNIT_OF: "PART_OF" };
const canonical = (t: string): string => SYNONYMS[t] ?? t;

export type Normalize = (s: string) => string;

/** Gold entity id of each document entity (name or alias equal after normalisation; primary name preferred). */
export function matchEntities(gold: GoldFile, entities: readonly ExtractedEntity[], normalize: Normalize): Map<string, string> {
  const aliasIndex = new Map<string, string[]>();
  for (const e of gold.entities)
    for (const a of new Set([e.name, ...(e.aliases ?? [])].map(normalize))) (aliasIndex.get(a) ?? aliasIndex.set(a, []).get(a)!).push(e.id);
  const out = new Map<string, string>();
  for (const x of entities) {
    const names = [x.name, ...x.aliases].map(normalize);
    let candidates = [...new Set(names.flatMap((n) => aliasIndex.get(n) ?? []))];
    if (candidates.length > 1) {
      const byPrimary = aliasIndex.get(normalize(x.name)) ?? [];
      const pref = candidates.filter((c) => byPrimary.includes(c));
      if (pref.length) candidates = pref;
    }
    if (candidates[0]) out.set(x.id, candidates[0]);
  }
  return out;
}

export interface PairLabel {
  /** Classes ("LEADS>", "MET_WITH") of the gold relations between the two entities. */
  labels: string[];
  /** The pair matches only optional or any-tail relations: leave it out of training. */
  ignore: boolean;
}

/** The gold classes of an ordered pair (first, second) of gold ids. */
export function labelPair(gold: GoldFile, symmetric: ReadonlySet<string>, first: string | undefined, second: string | undefined, useOptional: boolean): PairLabel {
  const labels = new Set<string>();
  let ignore = false;
  if (!first || !second || first === second) return { labels: [], ignore: false };
  for (const r of gold.relations) {
    const heads = new Set([r.head, ...(r.head_alt ?? [])]);
    const tails = new Set([r.tail, ...(r.tail_alt ?? [])]);
    const fwd = heads.has(first) && tails.has(second);
    const rev = heads.has(second) && tails.has(first);
    if (r.tail_any && (heads.has(first) || heads.has(second))) ignore = true;
    if (!fwd && !rev) continue;
    if (r.optional && !useOptional) {
      ignore = true;
      continue;
    }
    // Every accepted type is a label: the scorer takes any of them ("LEADS", types ["MEMBER_OF"]).
    for (const t of new Set([r.type, ...(r.types ?? [])].map(canonical))) labels.add(symmetric.has(t) ? t : `${t}${fwd ? ">" : "<"}`);
  }
  return { labels: [...labels].sort(), ignore: ignore && labels.size === 0 };
}
