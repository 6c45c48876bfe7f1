// The sentence around a character span of a document's text (for provenance when only offsets are stored).

export interface SentenceSpan {
  text: string;
  /** Offsets of the span inside `text`. */
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]["'”’)]?\s+|\n\s*\n/g;

/**
 * Cuts the sentence containing `[start, end)` out of `text`, at most `max` characters either side.
 * @example sentenceAround("One. Two words here. Three.", 9, 14) // {text: "Two words here.", start: 4, end: 9}
 */
export function sentenceAround(text: string, start: number, end: number, max = 400): SentenceSpan | undefined {
  if (start < 0 || end > text.length || start >= end) return undefined;
  let from = Math.max(0, start - max);
  let to = Math.min(text.length, end + max);
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < start; m = BOUNDARY.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
  }
  BOUNDARY.lastIndex = end;
  const after = BOUNDARY.exec(text);
  if (after && after.index < to) to = after.index + after[0].trimEnd().length;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { text: sentence, start: start - from - lead, end: end - from - lead };
}
