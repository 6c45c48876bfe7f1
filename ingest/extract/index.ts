// Public face of extraction: one SourceDocument in, its entities and relations out (pure, synchronous).
import type { DocExtraction, SourceDocument } from "../../graph/types.js";
import { defaultSchema, type Schema } from "../schema.js";
import { DEFAULT_STAGES } from "./stages/index.js";
import { emptyDoc, runPipeline, type ErrorPolicy } from "./pipeline.js";
import { mapOffsets } from "./map-offsets.js";
import type { Stage } from "./types.js";

export interface ExtractOptions {
  schema?: Schema;
  /** Stages to run instead of the default pipeline. */
  stages?: readonly Stage[];
  onError?: ErrorPolicy;
}

/**
 * Extracts entities and relations from one document. Offsets in the result point into the file's
 * text as read (mapped through `source.offsetMap` when present).
 * @example extractDocument({ info, text, regions: [[0, text.length]] }).entities
 */
export function extractDocument(source: SourceDocument, options: ExtractOptions = {}): DocExtraction {
  const schema = options.schema ?? defaultSchema();
  const doc = runPipeline(options.stages ?? DEFAULT_STAGES, emptyDoc(source, source.info.date), { schema }, options.onError);
  return mapOffsets({ doc: source.info, entities: doc.entities, relations: doc.relations, warnings: doc.warnings }, source.offsetMap);
}

export { runPipeline, analyzePipeline, emptyDoc } from "./pipeline.js";
export { DEFAULT_STAGES } from "./stages/index.js";
export { tokenizeRange } from "./tokenize.js";
export { splitSentences } from "./sentences.js";
export type { AnnotatedDoc, Stage, StageContext, Token, Sentence, MentionSpan } from "./types.js";
