// The sentence around a character span of a document's text (for provenance when only offsets are stored).

export interface SentenceSpan {
  text: string;
  /** Offset of `text` in the document. */
  offset: number;
  /** Offsets of the span inside `text`. */
  start: number;
  end: number;
}

const PUNCTUATION = /[.!?]["'”’)]?\s+|\n\s*\n/g;

/** A line break ends a sentence when the line before it is short and does not read on (headers, datelines). */
function isLineBoundary(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(lineStart, at).trimEnd();
  return line.length > 0 && line.length < 60 && !/[\p{Ll},;:(-]$/u.test(line);
}

/** Ends of sentences (offsets where the next one starts) between `from` and `to`. */
function boundaries(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  PUNCTUATION.lastIndex = from;
  for (let m = PUNCTUATION.exec(text); m && m.index < to; m = PUNCTUATION.exec(text)) out.push(m.index + m[0].length);
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) {
    if (isLineBoundary(text, i)) out.push(i + 1);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Cuts the sentence containing `[start, end)` out of `text`, at most `max` characters either side.
 * @example sentenceAround("One. Two words here. Three.", 9, 14) // {text: "Two words here.", offset: 5, start: 4, end: 9}
 */
export function sentenceAround(text: string, start: number, end: number, max = 400): SentenceSpan | undefined {
  if (start < 0 || end > text.length || start >= end) return undefined;
  let from = Math.max(0, start - max);
  let to = Math.min(text.length, end + max);
  for (const b of boundaries(text, from, to)) {
    if (b <= start) from = b;
    else if (b >= end) {
      to = b;
      break;
    }
  }
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { text: sentence, offset: from + lead, start: start - from - lead, end: end - from - lead };
}
