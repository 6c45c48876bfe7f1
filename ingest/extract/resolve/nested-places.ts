// A country or region named only inside an organisation's name ("the X Ports Authority", "Bank of Y") is not a node of its own.
import type { MentionSpan } from "../types.js";
import { CITY_CONFIDENCE } from "../mentions/classify.js";

const key = (m: MentionSpan) => (m.canonical ?? m.text).toLowerCase();

/**
 * Drops country and region mentions found nested in an organisation's name when the document never
 * names that place on its own: the article is about the body, and the place would be an orphan node.
 * Cities stay ("X University" is located in the city X).
 */
export function dropLoneNestedPlaces(mentions: MentionSpan[]): MentionSpan[] {
  const standalone = new Set<string>();
  let nested = 0;
  for (const m of mentions) {
    if (m.entityType !== "Place") continue;
    if (m.source === "nested") nested++;
    else standalone.add(key(m));
  }
  if (!nested) return mentions;
  return mentions.filter((m) => m.entityType !== "Place" || m.source !== "nested" || m.confidence <= CITY_CONFIDENCE || standalone.has(key(m)));
}
