// Maps mention and evidence offsets from the extracted text back to the file's text as read.
import type { DocExtraction, Span } from "../../graph/types.js";

function mapSpan<T extends Span>(span: T, map: Int32Array): T {
  if (span.end <= span.start) return { ...span, start: map[span.start] ?? span.start, end: map[span.start] ?? span.end };
  const start = map[span.start]!;
  const end = map[span.end - 1]! + 1;
  return { ...span, start, end };
}

/** Identity without a map; otherwise every span is translated (start of first char, end after last char). */
export function mapOffsets(x: DocExtraction, map: Int32Array | undefined): DocExtraction {
  if (!map) return x;
  return {
    ...x,
    entities: x.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => mapSpan(m, map)) })),
    relations: x.relations.map((r) => ({ ...r, evidence: mapSpan(r.evidence, map) })),
  };
}
