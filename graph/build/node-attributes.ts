// Node attributes of a merged entity: name, type, aliases, mentions, roles, docCount, confidence, place facts.
import type { EntityType, KgNodeAttributes, Mention } from "../types.js";
import { MENTION_BYTES, type Folded } from "./folded.js";
import type { MergedNode } from "./merge-entities.js";
import { normalizeName } from "./normalize.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function pickName(scores: Map<string, number>, type: EntityType): string {
  const words = (s: string) => normalizeName(s).split(" ").length;
  return [...scores].sort(
    (a, b) => (type === "Person" ? words(b[0]) - words(a[0]) : 0) || b[1] - a[1] || b[0].length - a[0].length || byText(a[0], b[0]),
  )[0]![0];
}

/**
 * Combines a node's occurrences (`occs`, in merge order: names as first seen, then documents by id)
 * into its attributes; mentions sorted by (doc, start, end). `docRank` orders document ids.
 */
export function nodeAttributes(f: Folded, node: MergedNode, occs: Int32Array, docRank: Int32Array): KgNodeAttributes {
  const entityType = node.key.slice(0, node.key.indexOf(":")) as EntityType;
  const scores = new Map<string, number>();
  const aliases = new Set<string>();
  const roles = new Set<string>();
  let facts: Record<string, unknown> | undefined;
  for (const s of node.names) {
    for (const [n, c] of s.scores) scores.set(n, (scores.get(n) ?? 0) + c);
    for (const a of s.aliases ?? []) aliases.add(a);
    for (const r of s.roles ?? []) roles.add(r);
    facts ??= s.facts?.value as Record<string, unknown> | undefined;
  }
  const name = pickName(scores, entityType);
  for (const n of scores.keys()) aliases.add(n);
  aliases.delete(name);
  const picked: Array<{ m: Mention; rank: number }> = [];
  const docs = new Set<number>();
  let miss = 1;
  for (const o of occs) {
    const count = f.occMentionCount.at(o);
    const bytes = count ? f.spool.view(f.occMentions.at(o), count * MENTION_BYTES) : undefined;
    for (let k = 0; k < count; k++) {
      const p = k * MENTION_BYTES;
      const doc = bytes!.readInt32LE(p);
      const m: Mention = { doc: f.docIds.get(doc)!, end: bytes!.readDoubleLE(p + 16), start: bytes!.readDoubleLE(p + 8) }; // keys sorted, as written
      const text = f.strings.get(bytes!.readInt32LE(p + 4));
      if (text !== undefined) m.text = text;
      picked.push({ m, rank: docRank[doc]! });
    }
    docs.add(f.occDoc.at(o));
    miss *= 1 - f.occConfidence.at(o);
  }
  picked.sort((a, b) => a.rank - b.rank || a.m.start - b.m.start || a.m.end - b.m.end);
  const mentions = picked.map((x) => x.m);
  // Keys in sorted order, as the JSON output has them: serialize-stream then writes the object without a copy.
  const attrs: Record<string, unknown> = { aliases: [...aliases].sort(byText), confidence: Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000 };
  if (facts?.countryCode !== undefined) attrs.countryCode = facts.countryCode;
  attrs.docCount = docs.size;
  attrs.entityType = entityType;
  if (facts?.lat !== undefined) attrs.lat = facts.lat;
  if (facts?.lon !== undefined) attrs.lon = facts.lon;
  attrs.mentions = mentions;
  attrs.name = name;
  if (roles.size) attrs.roles = [...roles].sort(byText);
  return attrs as unknown as KgNodeAttributes;
}
