// The builder's state between documents: name statistics, occurrence and relation columns, mentions and evidence in a spool.
import type { DocExtraction, DocumentInfo, ExtractedEntity } from "../types.js";
import { floats, ints, own, StringTable } from "./columns.js";
import { foldName, type NameStats, type Occurrence } from "./name-stats.js";
import { entityKey } from "./normalize.js";
import { ByteSpool } from "./byte-spool.js";
import { TextSpool } from "./text-spool.js";

/** A mention in the spool: doc id, text id (int32), start, end (float64). */
export const MENTION_BYTES = 24;
/** Evidence in the spool: doc id, text id, trigger id, date id (int32), start, end (float64). */
export const EVIDENCE_BYTES = 32;

/**
 * Everything graph building keeps from the documents added so far: statistics per normalised name;
 * occurrences (one per entity of a document) and relations as columns of numbers (about 24 and 36 bytes
 * each); strings as ids into shared tables; mentions, evidence and evidence sentences as records in a
 * spool (in memory up to a few MB, then in a temp file), read back when the graph is written.
 */
export class Folded {
  readonly strings = new StringTable();
  /** Document ids (of documents, mentions and evidence), compared by their rank at build time. */
  readonly docIds = new StringTable();
  readonly documents: DocumentInfo[] = [];
  readonly spool: ByteSpool;
  readonly texts: TextSpool;

  // occurrences: one per entity of a document
  occurrences = 0;
  readonly occName = ints();
  readonly occDoc = ints();
  readonly occConfidence = floats();
  /** Spool offset of the occurrence's mentions (MENTION_BYTES each). */
  readonly occMentions = floats();
  readonly occMentionCount = ints();
  private readonly nameIds = new Map<string, number>();
  /** Stats per normalised name, by name id (order first added). */
  readonly names: NameStats[] = [];

  mentions = 0;

  relations = 0;
  readonly rRelation = ints();
  readonly rHead = ints();
  readonly rTail = ints();
  readonly rDoc = ints();
  readonly rConfidence = floats();
  readonly rDate = ints();
  /** Spool offset of the relation's evidence (EVIDENCE_BYTES). */
  readonly rEvidence = floats();

  constructor(spoolLimit?: number) {
    this.spool = new ByteSpool(spoolLimit);
    this.texts = new TextSpool(this.spool);
  }

  /** Folds one extraction in; nothing of `x` is referenced afterwards except `x.doc`. */
  add(x: DocExtraction): void {
    this.documents.push(ownStrings(x.doc));
    const docId = this.docIds.get(this.docIds.id(x.doc.id))!;
    const doc = this.docIds.id(docId);
    const byId = new Map<string, number>();
    for (const e of x.entities) byId.set(e.id, this.addEntity(e, docId, doc));
    const sentences = new Map<string, number>(); // one spooled copy of a sentence per document
    for (const r of x.relations) {
      const head = byId.get(r.head);
      const tail = byId.get(r.tail);
      if (head === undefined || tail === undefined) continue;
      const i = this.relations++;
      const ev = r.evidence;
      this.rRelation.set(i, this.strings.id(r.relation));
      this.rHead.set(i, head);
      this.rTail.set(i, tail);
      this.rDoc.set(i, doc);
      this.rConfidence.set(i, r.confidence);
      this.rDate.set(i, r.date ? this.strings.id(r.date) : -1);
      let text = -1;
      if (ev.text !== undefined) {
        text = sentences.get(ev.text) ?? this.texts.add(ev.text);
        sentences.set(ev.text, text);
      }
      const { buffer, at, offset } = this.spool.reserve(EVIDENCE_BYTES);
      buffer.writeInt32LE(this.docIds.id(ev.doc), at);
      buffer.writeInt32LE(text, at + 4);
      buffer.writeInt32LE(this.strings.id(ev.trigger), at + 8);
      buffer.writeInt32LE(this.strings.id(r.date && !ev.date ? r.date : ev.date), at + 12);
      buffer.writeDoubleLE(ev.start, at + 16);
      buffer.writeDoubleLE(ev.end, at + 24);
      this.rEvidence.set(i, offset);
    }
  }

  private addEntity(raw: ExtractedEntity, docId: string, doc: number): number {
    // Fields read once into a fixed-shape object: extractions come both from this thread and parsed from
    // workers' JSON (other hidden classes), and a spread copy of either is slow in a hot loop.
    const strings = this.strings;
    const aliases = new Array<string>(raw.aliases.length);
    for (let k = 0; k < aliases.length; k++) aliases[k] = strings.get(strings.id(raw.aliases[k]))!;
    const mentions = raw.mentions;
    const e: Occurrence = {
      name: strings.get(strings.id(raw.name))!,
      entityType: raw.entityType,
      aliases,
      roles: raw.roles ? raw.roles.map((r) => strings.get(strings.id(r))!) : undefined,
      mentionCount: mentions.length,
      attributes: raw.attributes,
    };
    const o = this.occurrences++;
    const name = entityKey(e.entityType, e.name).slice(e.entityType.length + 1);
    let id = this.nameIds.get(name);
    if (id === undefined) this.nameIds.set(name, (id = this.names.length));
    this.names[id] = foldName(this.names[id], name, e, docId, o);
    this.occName.set(o, id);
    this.occDoc.set(o, doc);
    this.occConfidence.set(o, raw.confidence);
    this.occMentionCount.set(o, mentions.length);
    if (!mentions.length) return o;
    const { buffer, at, offset } = this.spool.reserve(mentions.length * MENTION_BYTES);
    this.occMentions.set(o, offset);
    for (let k = 0, p = at; k < mentions.length; k++, p += MENTION_BYTES) {
      const m = mentions[k]!;
      buffer.writeInt32LE(this.docIds.id(m.doc), p);
      buffer.writeInt32LE(strings.id(m.text), p + 4);
      buffer.writeDoubleLE(m.start, p + 8);
      buffer.writeDoubleLE(m.end, p + 16);
    }
    this.mentions += mentions.length;
    return o;
  }
}

/** A copy whose strings own their characters (a title sliced from the article would keep the article alive). */
function ownStrings<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === "string" ? own(v) : v;
  return out as T;
}
