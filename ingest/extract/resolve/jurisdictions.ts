// "SSP Malir X Y", "DPO Bannu X Y": a titled name whose first word the document also uses as a place is the post's jurisdiction.
import type { MentionSpan, Token } from "../types.js";
import { MIN_CONFIDENCE } from "./entities.js";
import { tokenIndexAt } from "./token-index.js";

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person", "LastName"]);

/**
 * A titled person mention of three or more words whose first word is, elsewhere in the same document, a
 * confident place ("in Malir") becomes that place plus the person named by the remaining words.
 * @example splitJurisdictions(tokens, mentions) // "SSP Malir Irfan Bahadur" + "in Malir" -> Place "Malir", Person "Irfan Bahadur"
 */
export function splitJurisdictions(tokens: Token[], mentions: MentionSpan[]): MentionSpan[] {
  const places = new Set<string>();
  for (const m of mentions) if (m.entityType === "Place" && m.confidence >= MIN_CONFIDENCE && !m.text.includes(" ")) places.add(m.text);
  if (!places.size) return mentions;
  const personWords = new Map<string, number>(); // a word of a person's name elsewhere ("Mehboob Gul") is no town
  for (const m of mentions) if (m.entityType === "Person" && m.confidence >= MIN_CONFIDENCE) for (const w of m.text.split(" ")) personWords.set(w, (personWords.get(w) ?? 0) + 1);
  const out: MentionSpan[] = [];
  for (const m of mentions) {
    const cut = m.text.indexOf(" ");
    const first = cut > 0 ? m.text.slice(0, cut) : "";
    const nameWord = () => tokens[tokenIndexAt(tokens, m.start)]?.tags.some((t) => NAME_TAGS.has(t)) ?? false; // "Gul", "Sher": a first name, not a town
    if (m.entityType !== "Person" || !m.role || m.canonical || m.text.split(" ").length < 3 || !places.has(first) || (personWords.get(first) ?? 0) > 1 || nameWord()) {
      out.push(m);
      continue;
    }
    const place: MentionSpan = { start: m.start, end: m.start + cut, text: first, entityType: "Place", sentence: m.sentence, source: "jurisdiction", confidence: 0.7 };
    out.push(place, { ...m, start: m.start + cut + 1, text: m.text.slice(cut + 1) });
  }
  return out;
}
