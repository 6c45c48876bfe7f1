// Groups resolved mentions into the document's entities (one per type + normalised canonical name).
import type { ExtractedEntity } from "../../../graph/types.js";
import { entityKey } from "../../../graph/build/normalize.js";
import type { MentionSpan } from "../types.js";
import { cues } from "../../gazetteer/index.js";

/** Most mentions below this confidence are dropped unless resolution linked them. */
export const MIN_CONFIDENCE = 0.5;

function pickName(ms: MentionSpan[]): string {
  const counts = new Map<string, number>();
  for (const m of ms) {
    const n = m.canonical ?? m.text;
    counts.set(n, (counts.get(n) ?? 0) + (m.source.startsWith("acronym") ? 0.1 : 1) + n.split(" ").length * 0.01);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Builds entities and sets `entityId` on each kept mention. */
export function buildEntities(docId: string, mentions: MentionSpan[]): { entities: ExtractedEntity[]; mentions: MentionSpan[] } {
  const groups = new Map<string, MentionSpan[]>();
  const kept: MentionSpan[] = [];
  for (const m of mentions) {
    if (m.confidence < MIN_CONFIDENCE) continue;
    const key = entityKey(m.entityType, m.canonical ?? m.text);
    if (!key.endsWith(":")) {
      const linked = { ...m, entityId: key };
      kept.push(linked);
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(linked);
    }
  }
  const entities: ExtractedEntity[] = [];
  for (const [id, ms] of groups) {
    const name = pickName(ms);
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const m of ms) {
      aliases.add(m.text);
      if (m.canonical) aliases.add(m.canonical);
      if (m.role) for (const r of m.role.split("; ")) {
        roles.add(r);
        if (!r.includes(" ")) aliases.add(`${r} ${m.text}`); // "General Surname"
        else if (cues().honorifics.has(r.slice(r.lastIndexOf(" ") + 1).toLowerCase())) aliases.add(`${r.slice(r.lastIndexOf(" ") + 1)} ${m.text}`); // "Chief Minister Sardar X Y": "Sardar X Y"
      }
    }
    aliases.delete(name);
    const miss = ms.reduce((p, m) => p * (1 - m.confidence), 1);
    const attributes = ms.find((m) => m.attributes)?.attributes;
    entities.push({
      id,
      name,
      entityType: ms[0]!.entityType,
      aliases: [...aliases].sort(),
      mentions: ms.map((m) => ({ doc: docId, start: m.start, end: m.end, text: m.text })),
      ...(roles.size ? { roles: [...roles].sort() } : {}),
      confidence: Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000,
      ...(attributes ? { attributes } : {}),
    });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, mentions: kept };
}
