// The builder's state between documents: name statistics plus provenance as typed-array columns and spooled sentences.
import type { DocExtraction, DocumentInfo, ExtractedEntity } from "../types.js";
import { floats, ints, StringTable } from "./columns.js";
import { foldName, type NameStats } from "./name-stats.js";
import { entityKey } from "./normalize.js";
import { TextSpool } from "./text-spool.js";

/**
 * Everything graph building keeps from the documents added so far, in about 20-60 bytes per mention or
 * evidence record: occurrences (one per entity of a document), mentions and relations as columns of
 * numbers, strings as ids into shared tables, evidence sentences in a spool (memory, then a temp file).
 */
export class Folded {
  readonly strings = new StringTable();
  /** Document ids (of documents, mentions and evidence), compared by their rank at build time. */
  readonly docIds = new StringTable();
  readonly documents: DocumentInfo[] = [];
  readonly spool: TextSpool;

  // occurrences: one per entity of a document
  occurrences = 0;
  readonly occName = ints();
  readonly occDoc = ints();
  readonly occConfidence = floats();
  readonly occMentions = ints();
  readonly occMentionCount = ints();
  private readonly nameIds = new Map<string, number>();
  /** Stats per normalised name, by name id (order first added). */
  readonly names: NameStats[] = [];

  mentions = 0;
  readonly mDoc = ints();
  readonly mStart = floats();
  readonly mEnd = floats();
  readonly mText = ints();

  relations = 0;
  readonly rRelation = ints();
  readonly rHead = ints();
  readonly rTail = ints();
  readonly rDoc = ints();
  readonly rConfidence = floats();
  readonly rDate = ints();
  readonly eDoc = ints();
  readonly eStart = floats();
  readonly eEnd = floats();
  readonly eText = ints();
  readonly eTrigger = ints();
  readonly eDate = ints();

  constructor(spoolLimit?: number) {
    this.spool = new TextSpool(spoolLimit);
  }

  /** Folds one extraction in; nothing of `x` is referenced afterwards except `x.doc`. */
  add(x: DocExtraction): void {
    this.documents.push(x.doc);
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
      this.eDoc.set(i, this.docIds.id(ev.doc));
      this.eStart.set(i, ev.start);
      this.eEnd.set(i, ev.end);
      let text = -1;
      if (ev.text !== undefined) {
        text = sentences.get(ev.text) ?? this.spool.add(ev.text);
        sentences.set(ev.text, text);
      }
      this.eText.set(i, text);
      this.eTrigger.set(i, this.strings.id(ev.trigger));
      this.eDate.set(i, this.strings.id(r.date && !ev.date ? r.date : ev.date));
    }
  }

  private addEntity(raw: ExtractedEntity, docId: string, doc: number): number {
    const s = (v: string) => this.strings.get(this.strings.id(v))!;
    const e: ExtractedEntity = { ...raw, name: s(raw.name), aliases: raw.aliases.map(s) };
    if (raw.roles) e.roles = raw.roles.map(s);
    const o = this.occurrences++;
    const name = entityKey(e.entityType, e.name).slice(e.entityType.length + 1);
    let id = this.nameIds.get(name);
    if (id === undefined) this.nameIds.set(name, (id = this.names.length));
    this.names[id] = foldName(this.names[id], name, e, docId, o);
    this.occName.set(o, id);
    this.occDoc.set(o, doc);
    this.occConfidence.set(o, e.confidence);
    this.occMentions.set(o, this.mentions);
    this.occMentionCount.set(o, e.mentions.length);
    for (const m of e.mentions) {
      const i = this.mentions++;
      this.mDoc.set(i, this.docIds.id(m.doc));
      this.mStart.set(i, m.start);
      this.mEnd.set(i, m.end);
      this.mText.set(i, this.strings.id(m.text));
    }
    return o;
  }
}
