// Test builder: an AnnotatedDoc from marked-up text, "[Person:Jane Doe] met [Person:Doe=Jane Doe]".
import type { EntityType, ExtractedEntity } from "../../../graph/types.js";
import { splitSentences, tokenizeRange } from "../../../ingest/extract/index.js";
import type { AnnotatedDoc, MentionSpan } from "../../../ingest/extract/types.js";

const MARK = /\[(\w+):([^\]=]+)(?:=([^\]]+))?\]/g;

/**
 * Builds a document with tokens, sentences, mentions and entities. `[Type:surface=Canonical]` links
 * a mention to the entity named Canonical (default: the surface itself).
 */
export function buildDoc(marked: string, date?: string): AnnotatedDoc {
  let text = "";
  let last = 0;
  const spans: Array<{ start: number; end: number; type: EntityType; name: string; surface: string }> = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const surface = m[2]!;
    spans.push({ start: text.length, end: text.length + surface.length, type: m[1] as EntityType, name: m[3] ?? surface, surface });
    text += surface;
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  const tokens = tokenizeRange(text, 0, text.length);
  const sentences = splitSentences(text, tokens);
  const entities = new Map<string, ExtractedEntity>();
  const mentions: MentionSpan[] = spans.map((s) => {
    const id = `${s.type}:${s.name}`;
    const ent = entities.get(id) ?? { id, name: s.name, entityType: s.type, aliases: [], mentions: [], confidence: 1 };
    ent.mentions.push({ doc: "t", start: s.start, end: s.end, text: s.surface });
    if (s.surface !== s.name && !ent.aliases.includes(s.surface)) ent.aliases.push(s.surface);
    entities.set(id, ent);
    const sentence = sentences.findIndex((x) => x.start <= s.start && s.end <= x.end);
    return { start: s.start, end: s.end, text: s.surface, entityType: s.type, sentence, entityId: id, source: "test", confidence: 1 };
  });
  const info = { id: "t", path: "t.txt", sha256: "", length: text.length, date };
  return { source: { info, text, regions: [[0, text.length]] }, date, tokens, sentences, mentions, entities: [...entities.values()], relations: [], warnings: [] };
}

/** Relations of a marked-up text as "Head -REL-> Tail" strings (entity names), sorted. */
export function relationsOf(
  marked: string,
  extract: (doc: AnnotatedDoc, created: ExtractedEntity[]) => Array<{ relation: string; head: string; tail: string }>,
): string[] {
  const doc = buildDoc(marked);
  const created: ExtractedEntity[] = [];
  const relations = extract(doc, created);
  const name = new Map([...doc.entities, ...created].map((e) => [e.id, e.name]));
  return relations.map((r) => `${name.get(r.head)} -${r.relation}-> ${name.get(r.tail)}`).sort();
}
