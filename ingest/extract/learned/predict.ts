// Applies a relation model to an annotated document: the edges it adds beside the rules' ones.
import type { EntityType, ExtractedRelation } from "../../../graph/types.js";
import type { Lexicon } from "../relations/types.js";
import type { AnnotatedDoc } from "../types.js";
import { pairCandidates } from "./candidates.js";
import { indexDoc } from "./doc-index.js";
import { pairProbabilities, parseClass } from "./model.js";
import type { RelationModel } from "./types.js";

/** Marks learned edges in their evidence (rule edges carry the trigger word there). */
export const LEARNED_TRIGGER = "model";

/**
 * Relations the model finds with probability >= the threshold of their type (or `minConfidence` for all) that the document does not hold yet, one per
 * (type, head, tail), with the sentence as evidence and the probability as confidence. Schema type
 * constraints apply (a LEADS head is a Person ...).
 */
export function predictRelations(doc: AnnotatedDoc, lex: Lexicon, model: RelationModel, minConfidence?: number): ExtractedRelation[] {
  const thresholds = model.classes.map((c) => minConfidence ?? model.thresholds?.[parseClass(c).relation] ?? model.threshold);
  const ix = indexDoc(doc);
  const best = new Map<string, ExtractedRelation>();
  // Each class's relation and direction, to skip pairs whose entity types no class allows (most of the work).
  const slots = model.classes.map((name) => {
    const { relation, firstIsHead } = parseClass(name);
    return { relation, firstIsHead, info: lex.relations.get(relation) };
  });
  const fitCache = new Map<string, boolean>();
  const fits = (first: EntityType | undefined, second: EntityType | undefined): boolean => {
    const key = `${first}>${second}`;
    let v = fitCache.get(key);
    if (v === undefined) fitCache.set(key, (v = fitsAny(first, second)));
    return v;
  };
  const fitsAny = (first: EntityType | undefined, second: EntityType | undefined): boolean =>
    slots.some(({ info, firstIsHead }) => {
      if (!info || !first || !second) return false;
      const [h, t] = firstIsHead ? [first, second] : [second, first];
      const ok = (x: EntityType, y: EntityType) => (!info.head || info.head.has(x)) && (!info.tail || info.tail.has(y));
      return ok(h, t) || (info.symmetric && ok(t, h));
    });
  for (const c of pairCandidates(doc, model.neighbours, model.maxGap)) {
    if (!fits(ix.types.get(c.firstId), ix.types.get(c.secondId))) continue;
    const probs = pairProbabilities(model, ix, lex, c);
    for (let k = 0; k < probs.length; k++) {
      const p = probs[k]!;
      if (p < thresholds[k]!) continue;
      const { relation, firstIsHead, info } = slots[k]!;
      if (!info) continue;
      let [head, tail] = firstIsHead ? [c.firstId, c.secondId] : [c.secondId, c.firstId];
      if (info.symmetric && tail < head) [head, tail] = [tail, head];
      const ht = ix.types.get(head), tt = ix.types.get(tail);
      if (!ht || !tt || (info.head && !info.head.has(ht)) || (info.tail && !info.tail.has(tt))) continue;
      if (ix.ruleEdges.get(`${head}|${tail}`)?.has(relation) || (info.symmetric && ix.ruleEdges.get(`${tail}|${head}`)?.has(relation))) continue;
      const key = `${relation}|${head}|${tail}`;
      const confidence = Math.round(p * 1000) / 1000;
      if ((best.get(key)?.confidence ?? -1) >= confidence) continue;
      const s = doc.sentences[c.sentence]!;
      const evidence = { doc: doc.source.info.id, start: s.start, end: s.end, text: doc.source.text.slice(s.start, s.end), trigger: LEARNED_TRIGGER };
      best.set(key, { relation, head, tail, evidence, confidence });
    }
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start || cmp(a.relation, b.relation) || cmp(a.head, b.head) || cmp(a.tail, b.tail));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
