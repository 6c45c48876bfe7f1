// Held-out scoring: a set's graph built from the rule relations alone, and with a model's edges added.
import { pathToFileURL } from "node:url";
import { buildGraph, toSerializedKg } from "../../graph/build/index.js";
import type { DocExtraction, ExtractedRelation } from "../../graph/types.js";
import { defaultSchema } from "../../ingest/index.js";
import { mapOffsets } from "../../ingest/extract/map-offsets.js";
import type { AnnotatedDoc } from "../../ingest/extract/index.js";
import type { CorpusSet } from "./corpus.js";

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

type ScoreFn = (gold: unknown, graph: unknown) => { relations: Prf; entities: Prf };

/** The shared scorer (../shared/eval/score.mjs) and its name normaliser. */
export async function loadScorer(root: string): Promise<{ score: ScoreFn; normalize: (s: string) => string }> {
  return (await import(pathToFileURL(`${root}/../shared/eval/score.mjs`).href)) as { score: ScoreFn; normalize: (s: string) => string };
}

const toExtraction = (d: AnnotatedDoc, extra: ExtractedRelation[]): DocExtraction =>
  mapOffsets({ doc: d.source.info, entities: d.entities, relations: [...d.relations, ...extra], warnings: [] }, d.source.offsetMap);

/** Relation scores of a set's graph with `added[i]` edges added to document i. */
export function scoreSet(score: ScoreFn, set: CorpusSet, added: ExtractedRelation[][]): Prf {
  const extractions = set.docs.map((d, i) => toExtraction(d, added[i] ?? []));
  const graph = JSON.parse(JSON.stringify(toSerializedKg(buildGraph(extractions, { schema: defaultSchema() }))));
  return score(set.gold, graph).relations;
}
