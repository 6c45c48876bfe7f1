// Date stage: the day each relation's event happened, from its sentence (chrono-node), else the article date.
import * as chrono from "chrono-node";
import type { ExtractedRelation } from "../../graph/types.js";
import type { AnnotatedDoc, Stage } from "./types.js";

/**
 * Where a date can start: chrono only sees a window around each hit (month and day names are
 * capitalised in news text, so "may" the verb is no hit).
 */
const DATE_HINT =
  /\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|ago|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (?:week|month|year|weekend)|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b/g;
/** Characters before / after a hint that chrono sees ("on Tuesday, April 26, 2022", "5 days ago"). */
const BEFORE = 24;
const AFTER = 40;

/** Markers of a planned event ("will travel", "is expected to visit", "is due to meet"). */
const FUTURE = /\b(?:will|shall|is (?:expected|due|set|scheduled) to|are (?:expected|due|set|scheduled) to|plans? to|next)\b/i;

/**
 * The first day-precise date a sentence states (absolute, or relative to the article date), as
 * YYYY-MM-DD. Without an article date only dates that name their year are trusted.
 * @example sentenceDate("Lisbon on Sunday asked the minister to resign", "2022-06-13") // "2022-06-12"
 */
export function sentenceDate(sentence: string, articleDate?: string): string | undefined {
  let covered = 0;
  for (const hit of sentence.matchAll(DATE_HINT)) {
    if (hit.index! + hit[0].length <= covered) continue;
    const from = Math.max(covered, hit.index! - BEFORE);
    covered = Math.min(sentence.length, hit.index! + hit[0].length + AFTER);
    const date = parseWindow(sentence, sentence.slice(from, covered), articleDate);
    if (date) return date;
  }
  return undefined;
}

function parseWindow(sentence: string, window: string, articleDate: string | undefined): string | undefined {
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of chrono.parse(window, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain("day") && !c.isCertain("weekday")) continue;
    if (!articleDate && !(c.isCertain("year") && /\b\d{4}\b/.test(r.text))) continue;
    const y = c.get("year"), m = c.get("month"), d = c.get("day");
    if (y === null || m === null || d === null) continue;
    let day = new Date(Date.UTC(y, m - 1, d));
    // News reports past events: a bare weekday means the last one, unless the sentence speaks of the future.
    if (articleDate && !c.isCertain("day")) {
      const future = FUTURE.test(sentence);
      if (!future && day.getTime() > ref.getTime()) day = new Date(day.getTime() - 7 * 86_400_000);
      if (future && day.getTime() < ref.getTime() - 43_200_000) day = new Date(day.getTime() + 7 * 86_400_000);
    }
    return day.toISOString().slice(0, 10);
  }
  return undefined;
}

/**
 * Each relation with `date` (and its evidence's date) set; sentences are parsed once per document.
 * Relations named in `timeless` (states such as LOCATED_IN) are left undated.
 */
export function attachDates(doc: AnnotatedDoc, timeless: ReadonlySet<string> = new Set()): ExtractedRelation[] {
  const bySentence = new Map<number, string | undefined>();
  return doc.relations.map((r) => {
    if (timeless.has(r.relation)) return r;
    const key = r.evidence.start;
    if (!bySentence.has(key)) bySentence.set(key, sentenceDate(doc.source.text.slice(r.evidence.start, r.evidence.end), doc.date));
    const date = bySentence.get(key) ?? r.date ?? doc.date;
    return date ? { ...r, date, evidence: { ...r.evidence, date } } : r;
  });
}

export const datesStage: Stage = {
  name: "dates",
  requires: ["tokens", "sentences", "relations"],
  provides: ["relations"],
  run: (doc, ctx) => ({ ...doc, relations: attachDates(doc, new Set(ctx.schema.relations.filter((r) => r.timeless).map((r) => r.name))) }),
};
