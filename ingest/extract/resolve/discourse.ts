// One sense per discourse: a weak mention takes the type of a confident mention with the same text.
import type { MentionSpan } from "../types.js";
import { normalizeName } from "../../../graph/build/normalize.js";
import { MIN_CONFIDENCE } from "./entities.js";
import { cues } from "../../gazetteer/index.js";
import { ADJECTIVE_SHAPED } from "../mentions/classify.js";

/** Weak mentions whose text a confident mention (or its canonical name) also has are typed like it. */
export function unifyByText(mentions: MentionSpan[]): MentionSpan[] {
  const strong = new Map<string, MentionSpan>();
  for (const m of mentions) {
    if (m.confidence < MIN_CONFIDENCE) continue;
    for (const n of [m.text, m.canonical]) {
      const k = n ? normalizeName(n) : "";
      if (k && !strong.has(k)) strong.set(k, m);
    }
  }
  return mentions.map((m) => {
    if (m.confidence >= MIN_CONFIDENCE) return m;
    const s = strong.get(normalizeName(m.text));
    if (!s) return m;
    const out: MentionSpan = { ...m, entityType: s.entityType, source: `${m.source}+discourse`, confidence: MIN_CONFIDENCE + 0.1 };
    if (s.canonical) out.canonical = s.canonical;
    if (s.attributes) out.attributes = s.attributes;
    return out;
  });
}

/** An unknown single capitalised word seen at least twice (and claimed by no person) is taken as an organisation. */
export function promoteRepeated(mentions: MentionSpan[]): MentionSpan[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.source === "single") counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  // A word of a longer person's name ("Orrego" of "Ana Orrego Saavedra") is that person, not an organisation.
  const personWords = new Map<string, string | undefined>();
  for (const m of mentions)
    if (m.entityType === "Person" && m.confidence >= MIN_CONFIDENCE)
      for (const w of m.text.split(/\s+/).slice(0, -1)) personWords.set(w, personWords.has(w) && personWords.get(w) !== (m.canonical ?? m.text) ? undefined : m.canonical ?? m.text);
  return mentions.map((m): MentionSpan => {
    const person = m.source === "single" || (m.entityType === "Person" && !m.canonical && m.source.startsWith("single")) ? personWords.get(m.text) : undefined; // "Farfan, 48," of "Lucia Farfan Quispe"
    return person ? { ...m, entityType: "Person", canonical: person, source: "single-person-word", confidence: MIN_CONFIDENCE } : m;
  }).map((m) =>
    m.source === "single" && (counts.get(m.text) ?? 0) >= 2 && !personWords.has(m.text) && !ADJECTIVE_SHAPED.test(m.text) ? { ...m, entityType: "Organization", source: "single-repeated", confidence: MIN_CONFIDENCE } : m,
  );
}

/** "the Army", "the Coast Guard": linked to the one organisation of the document whose name ends with those words. */
export function linkBareBodies(mentions: MentionSpan[]): MentionSpan[] {
  if (!mentions.some((m) => m.source === "bare-body")) return mentions;
  const names = new Set<string>();
  for (const m of mentions)
    if (m.entityType === "Organization" && m.confidence >= MIN_CONFIDENCE && m.source !== "bare-body") names.add(m.canonical ?? m.text);
  return mentions.map((m) => {
    if (m.source !== "bare-body") return m;
    const tail = ` ${m.text.toLowerCase()}`;
    const owners = [...names].filter((n) => n.toLowerCase().endsWith(tail));
    if (owners.length === 1) return { ...m, canonical: owners[0]!, source: "bare-body-linked", confidence: 0.7 };
    return !owners.length && cues().namedBodies.has(m.text.toLowerCase()) ? { ...m, source: "named-body", confidence: 0.6 } : m; // "the Taliban", "the Senate"
  });
}
