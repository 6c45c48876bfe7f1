// Collects candidate edges: type checks against the schema, pairs across coordination groups, de-duplication.
import type { EntityType, ExtractedEntity } from "../../../graph/types.js";
import type { Candidate, Lexicon, SentenceView } from "./types.js";

export interface Emitter {
  lex: Lexicon;
  types: Map<string, EntityType>;
  out: Map<string, Candidate>;
  /** Entities a relation rule had to name itself ("Kenya Army" from "Kenya's Army Chief"). */
  created: Map<string, ExtractedEntity>;
  /** Killings and arrests whose object the sentence leaves unnamed ("A suspect was arrested by X"), for later sentences that name it. */
  unnamed?: Candidate[];
}

/** Records head -[relation]-> tail when the schema allows the entity types; keeps the best confidence. */
export function emit(e: Emitter, c: Candidate): void {
  const info = e.lex.relations.get(c.relation);
  if (!info || c.head === c.tail) return;
  const ht = e.types.get(c.head), tt = e.types.get(c.tail);
  if (!ht || !tt || (info.head && !info.head.has(ht)) || (info.tail && !info.tail.has(tt))) {
    if (!info.symmetric || !ht || !tt || (info.head && !info.head.has(tt)) || (info.tail && !info.tail.has(ht))) return;
  }
  const [h, t] = info.symmetric && c.tail < c.head ? [c.tail, c.head] : [c.head, c.tail];
  const key = `${c.relation}|${h}|${t}|${c.sentence}`;
  const prev = e.out.get(key);
  const confidence = Math.round(Math.min(1, c.confidence) * 1000) / 1000;
  if (!prev || prev.confidence < confidence) e.out.set(key, { ...c, head: h, tail: t, confidence });
}

/** Every head of one group with every tail of another. */
export function emitGroups(e: Emitter, v: SentenceView, relation: string, hg: number, tg: number, trigger: string, confidence: number): void {
  for (const hi of v.groups[hg]!)
    for (const ti of v.groups[tg]!)
      emit(e, { relation, head: v.ms[hi]!.entityId, tail: v.ms[ti]!.entityId, sentence: v.index, trigger, confidence });
}

/** Symmetric relations within one group ("A and B met"). */
export function emitPairs(e: Emitter, v: SentenceView, relation: string, g: number, trigger: string, confidence: number): void {
  const members = v.groups[g]!;
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++)
      emit(e, { relation, head: v.ms[members[i]!]!.entityId, tail: v.ms[members[j]!]!.entityId, sentence: v.index, trigger, confidence });
}
