// Lists of places: "the X, Y and Z areas", "the townships of X and Y", "in X, Y and Z" (one known place types the rest).
import type { MentionSpan } from "../types.js";
import { MIN_CONFIDENCE } from "./entities.js";

/** Plural place nouns that close or open a list of place names. */
const PLURAL_PLACE_NOUNS = new Set([
  "areas", "states", "districts", "provinces", "regions", "regencies", "townships", "villages", "towns", "cities", "counties",
  "constituencies", "governorates", "neighbourhoods", "neighborhoods", "suburbs", "tehsils", "municipalities", "localities",
  "wards", "departments", "prefectures", "oblasts", "islands", "settlements", "camps", "upazilas", "subdistricts",
  "sites", "fields", "bases", "ports", "airports", "rivers", "valleys", "hills", "mountains", "crossings", "refugee camps",
]);
/** Name guesses a list may retype (no cue word, title or gazetteer typed them). */
const GUESSES = new Set(["single", "capitalised", "name", "single-cued", "single-person", "locative"]);
const SEPARATOR = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;
const OPENER = /\b(?:in|at|near|from|to|towards|across|around|outside|of)\s+(?:the\s+)?$/i;
const NOUN_AFTER = /^\s+([a-z]+)(?:\s+([a-z]+))?/; // "X and Y districts", "X and Y enrichment sites"
const NOUN_OF_BEFORE = /\b([a-z]+)\s+of\s+(?:the\s+)?$/;

/** One-to-four-word capitalised names only ("X", "Y Z"): a person's full name with a title is never a list item. */
const itemShape = (m: MentionSpan) => !m.role && m.text.split(" ").length <= 4;

/**
 * Retypes name guesses in a coordinated list of two or more names as places when the list is
 * closed by a plural place noun ("X and Y states"), opened by one ("the townships of X and Y"),
 * or holds a known place and is opened by a locative preposition ("in X, Y and Z").
 */
export function typePlaceLists(text: string, mentions: MentionSpan[]): MentionSpan[] {
  const sorted = [...mentions].filter((m) => m.confidence >= MIN_CONFIDENCE || GUESSES.has(m.source)).sort((a, b) => a.start - b.start || b.end - a.end);
  const retype = new Set<MentionSpan>();
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.start >= sorted[j]!.end && SEPARATOR.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start)) && itemShape(sorted[j + 1]!)) j++;
    const coordinated = j > i && /\b(?:and|or)\s*$/.test(text.slice(sorted[j - 1]!.end, sorted[j]!.start)); // "X, Y and Z"; "X, Y" alone is an apposition
    if (coordinated && itemShape(sorted[i]!)) {
      const items = sorted.slice(i, j + 1);
      const first = items[0]!;
      const last = items[items.length - 1]!;
      const after = NOUN_AFTER.exec(text.slice(last.end, last.end + 32));
      const closer = after && (PLURAL_PLACE_NOUNS.has(after[1]!) ? after[1] : after[2]);
      const openerNoun = NOUN_OF_BEFORE.exec(text.slice(Math.max(0, first.start - 30), first.start))?.[1];
      const nounList = (!!closer && PLURAL_PLACE_NOUNS.has(closer)) || (!!openerNoun && PLURAL_PLACE_NOUNS.has(openerNoun));
      const known = items.some((m) => m.entityType === "Place" && m.confidence >= MIN_CONFIDENCE && !GUESSES.has(m.source));
      const located = known && OPENER.test(text.slice(Math.max(0, first.start - 16), first.start)) && items.every((m) => m.entityType === "Place" || GUESSES.has(m.source));
      if (nounList || located) for (const m of items) if (m.entityType !== "Place" && GUESSES.has(m.source) && (nounList || m.confidence < MIN_CONFIDENCE || m.entityType === "Person")) retype.add(m);
    }
    i = j + 1;
  }
  if (!retype.size) return mentions;
  return mentions.map((m) => (retype.has(m) ? { ...m, entityType: "Place", source: "place-list", confidence: Math.max(m.confidence, MIN_CONFIDENCE + 0.1) } : m));
}
