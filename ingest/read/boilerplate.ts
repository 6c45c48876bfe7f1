// Extraction regions: the article's paragraphs minus header, bylines, disclaimers and site furniture.

const BOILERPLATE: RegExp[] = [
  /^disclaimer\b/i,
  /^(?:please\s+)?(?:follow|like|join)\s+us\b/i,
  /^(?:subscribe|sign up|share this|share on|read more|related( articles| stories)?:?$|advertisement$)/i,
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
  /^the (?:author|writer)s? (?:is|are) (?:solely )?responsible\b/i,
  /^the views expressed\b/i,
];
/** "By Jane Doe", "By Jane Doe, Lisbon", "By Staff Reporter" — short lines only. */
const BYLINE = /^[Bb]y\s+[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}(?:\s*(?:,|in|and)\s*[\p{L} .,'’-]*)?$/u;

/** True for a paragraph that is not article prose (disclaimer, byline, "Follow us", copyright line). */
export function isBoilerplate(paragraph: string): boolean {
  const p = paragraph.replace(/[*_#>`]+/g, "").trim();
  if (p === "") return true;
  if (p.length <= 120 && BYLINE.test(p)) return true;
  if (/^disclaimer\b/i.test(p)) return true;
  return p.length <= 300 && BOILERPLATE.some((re) => re.test(p));
}

/**
 * Ranges of `text` worth extracting from: paragraphs from `bodyStart` on, boilerplate left out,
 * neighbouring kept paragraphs joined into one range.
 * @example findRegions("By Ann Lee\n\nThe army said ...", 0) // [[12, 28]]
 */
export function findRegions(text: string, bodyStart = 0): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let lastKept = false;
  for (const [start, end] of paragraphs(text, bodyStart)) {
    if (isBoilerplate(text.slice(start, end))) {
      lastKept = false;
      continue;
    }
    const prev = regions[regions.length - 1];
    if (lastKept && prev) prev[1] = end;
    else regions.push([start, end]);
    lastKept = true;
  }
  return regions;
}

/** Paragraph ranges (blank-line separated), trimmed of surrounding whitespace. */
export function paragraphs(text: string, from = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const sep = /\n[ \t\r]*\n/g;
  sep.lastIndex = from;
  let start = from;
  for (;;) {
    const m = sep.exec(text);
    const end = m ? m.index : text.length;
    pushTrimmed(text, start, end, out);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}
