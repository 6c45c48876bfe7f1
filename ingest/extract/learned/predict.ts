// Applies a relation model to an annotated document: the edges it adds beside the rules' ones.
import type { ExtractedRelation } from "../../../graph/types.js";
import type { Lexicon } from "../relations/types.js";
import type { AnnotatedDoc } from "../types.js";
import { pairCandidates } from "./candidates.js";
import { indexDoc } from "./doc-index.js";
import { pairFeatures } from "./features.js";
import { classProbabilities, parseClass } from "./model.js";
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
  for (const c of pairCandidates(doc, undefined, model.maxGap)) {
    const probs = classProbabilities(model, pairFeatures(ix, lex, c));
    for (let k = 0; k < probs.length; k++) {
      const p = probs[k]!;
      if (p < thresholds[k]!) continue;
      const { relation, firstIsHead } = parseClass(model.classes[k]!);
      const info = lex.relations.get(relation);
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
