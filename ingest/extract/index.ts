// Public face of extraction: one SourceDocument in, its entities and relations out (pure, synchronous).
import type { DocExtraction, SourceDocument } from "../../graph/types.js";
import type { Schema } from "../schema.js";

export interface ExtractOptions {
  schema?: Schema;
}

/** Placeholder until the pipeline lands: finds nothing. */
export function extractDocument(source: SourceDocument, _options: ExtractOptions = {}): DocExtraction {
  return { doc: source.info, entities: [], relations: [], warnings: [] };
}
