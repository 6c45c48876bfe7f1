// Compact per-document records kept between documents while a graph is built incrementally.
import type { DocExtraction, DocumentInfo, Evidence, ExtractedEntity, Mention } from "../types.js";

/** An entity of one document, its mentions already in the graph's final shape; `key` is its node, once merged. */
export interface EntityRecord extends ExtractedEntity {
  doc: string;
  key?: string;
}

/** A relation of one document with its ends as entity records and its evidence in the graph's final shape. */
export interface RelationRecord {
  relation: string;
  head: EntityRecord;
  tail: EntityRecord;
  doc: string;
  evidence: Evidence;
  confidence: number;
  date?: string;
}

export interface DocRecord {
  doc: DocumentInfo;
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/**
 * A string that owns its characters: a substring of an article would otherwise keep the whole article
 * alive (V8 slices share their parent), and the graph keeps mention and evidence texts for good.
 */
function own(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

/** One copy per distinct string (names, aliases and surface forms repeat across documents). */
export class StringPool {
  private readonly pool = new Map<string, string>();
  get(s: string): string {
    let hit = this.pool.get(s);
    if (hit === undefined) this.pool.set((hit = own(s)), hit);
    return hit;
  }
}

/** What graph building needs from one extraction; warnings and other per-document data are dropped. */
export function toRecord(x: DocExtraction, strings: StringPool): DocRecord {
  const docId = strings.get(x.doc.id);
  const byId = new Map<string, EntityRecord>();
  const entities = x.entities.map((e): EntityRecord => {
    const r: EntityRecord = {
      doc: docId,
      id: e.id,
      name: strings.get(e.name),
      entityType: e.entityType,
      aliases: e.aliases.map((a) => strings.get(a)),
      mentions: e.mentions.map((m): Mention => {
        const mention: Mention = { doc: strings.get(m.doc), start: m.start, end: m.end };
        if (m.text !== undefined) mention.text = strings.get(m.text);
        return mention;
      }),
      confidence: e.confidence,
    };
    if (e.roles) r.roles = e.roles.map((role) => strings.get(role));
    if (e.attributes) r.attributes = e.attributes;
    byId.set(e.id, r);
    return r;
  });
  const relations: RelationRecord[] = [];
  for (const r of x.relations) {
    const head = byId.get(r.head);
    const tail = byId.get(r.tail);
    if (!head || !tail) continue;
    const evidence: Evidence = { ...r.evidence, ...(r.date && !r.evidence.date ? { date: r.date } : {}) };
    evidence.doc = strings.get(evidence.doc);
    if (evidence.text !== undefined) evidence.text = own(evidence.text);
    if (evidence.trigger !== undefined) evidence.trigger = strings.get(evidence.trigger);
    const rec: RelationRecord = { relation: strings.get(r.relation), head, tail, doc: docId, evidence, confidence: r.confidence };
    if (r.date) rec.date = r.date;
    relations.push(rec);
  }
  return { doc: x.doc, entities, relations };
}
