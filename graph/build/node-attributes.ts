// Node attributes of a merged entity: name, type, aliases, mentions, roles, docCount, confidence, place facts.
import type { EntityType, KgNodeAttributes, Mention } from "../types.js";
import type { Occurrence } from "./merge-entities.js";
import { normalizeName } from "./normalize.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareMentions(a: Mention, b: Mention): number {
  return byText(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

function pickName(occs: Occurrence[], type: EntityType): string {
  const score = new Map<string, number>();
  for (const o of occs) score.set(o.entity.name, (score.get(o.entity.name) ?? 0) + o.entity.mentions.length);
  const words = (s: string) => normalizeName(s).split(" ").length;
  return [...score].sort(
    (a, b) => (type === "Person" ? words(b[0]) - words(a[0]) : 0) || b[1] - a[1] || b[0].length - a[0].length || byText(a[0], b[0]),
  )[0]![0];
}

/** Combines per-document entities into one node's attributes (deterministic order everywhere). */
export function nodeAttributes(occs: Occurrence[], entityType: EntityType): KgNodeAttributes {
  const name = pickName(occs, entityType);
  const aliases = new Set<string>();
  const roles = new Set<string>();
  const mentions: Mention[] = [];
  const docs = new Set<string>();
  let miss = 1;
  let facts: Record<string, unknown> | undefined;
  for (const o of occs) {
    const e = o.entity;
    aliases.add(e.name);
    for (const a of e.aliases) aliases.add(a);
    for (const r of e.roles ?? []) roles.add(r);
    for (const m of e.mentions) mentions.push(m); // already {doc, start, end, text?} (records.ts)
    docs.add(o.doc);
    miss *= 1 - e.confidence;
    facts ??= e.attributes;
  }
  aliases.delete(name);
  mentions.sort(compareMentions);
  const attrs: KgNodeAttributes = {
    name,
    entityType,
    aliases: [...aliases].sort(byText),
    mentions,
    docCount: docs.size,
    confidence: Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000,
  };
  if (roles.size) attrs.roles = [...roles].sort(byText);
  for (const k of ["countryCode", "lat", "lon"] as const) if (facts?.[k] !== undefined) (attrs as Record<string, unknown>)[k] = facts[k];
  return attrs;
}
