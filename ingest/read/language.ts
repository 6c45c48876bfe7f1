// A cheap English check: Latin letters and the share of common English function words.

const STOP_WORDS = new Set(
  "the of and to in a is was for on that with by as at from said has have be it its are were will an this who which after but not their they he she his her had been over about".split(
    " ",
  ),
);
/** The longest stop word: longer runs of letters are counted without being sliced out. */
const STOP_MAX = 5;
const LETTER = /\p{L}/uy;

/** Code units of the letter (`\p{L}`, one code point) at `i` of `s`, 0 when none starts there. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  LETTER.lastIndex = i;
  return LETTER.test(s) ? LETTER.lastIndex - i : 0;
}

/** Why `text` does not look like English, or undefined when it does (short texts always pass). */
export function notEnglishReason(text: string): string | undefined {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // Counted in loops, not with match(): one document would otherwise allocate an array entry per letter.
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; ) {
    const c = sample.charCodeAt(i);
    const w = letterAt(sample, i);
    if (w) letters++;
    if (w && c < 128) latin++;
    i += w || 1;
  }
  if (letters < 40) return undefined;
  if (latin / letters < 0.6) return "not English text (mostly non-Latin script)";
  const lower = sample.toLowerCase();
  let words = 0;
  let stop = 0;
  for (let i = 0; i < lower.length; ) {
    const start = i;
    for (let w = letterAt(lower, i); w; w = letterAt(lower, i)) i += w;
    if (i === start) {
      i++;
      continue;
    }
    words++;
    if (i - start <= STOP_MAX && STOP_WORDS.has(lower.slice(start, i))) stop++;
  }
  if (words < 25) return undefined;
  if (stop / words < 0.08) return "not English text (few English function words)";
  return undefined;
}
