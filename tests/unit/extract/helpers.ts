// Test builders: a SourceDocument from a string, and a one-call extraction without relations.
import type { SourceDocument } from "../../../graph/types.js";
import { extractDocument } from "../../../ingest/extract/index.js";
import { tokenizeStage } from "../../../ingest/extract/stages/tokenize.js";
import { mentionsStage } from "../../../ingest/extract/stages/mentions.js";
import { resolveStage } from "../../../ingest/extract/stages/resolve.js";

export function sourceOf(text: string, id = "doc-1", extra: Partial<SourceDocument> = {}): SourceDocument {
  return { info: { id, path: `${id}.txt`, sha256: "0", length: text.length }, text, regions: [[0, text.length]], ...extra };
}

/** Entities of a text after tokenize -> mentions -> resolve. */
export function entitiesOf(text: string, id = "doc-1") {
  return extractDocument(sourceOf(text, id), { stages: [tokenizeStage, mentionsStage, resolveStage] });
}

/** name -> entityType, for compact assertions. */
export function typesOf(text: string): Record<string, string> {
  return Object.fromEntries(entitiesOf(text).entities.map((e) => [e.name, e.entityType]));
}
