// Person coreference in one document: surnames and partial names linked to the full name.
import type { MentionSpan } from "../types.js";

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Single-word mentions of other types that a person's surname may claim ("Austin told ..."). */
const RELINKABLE = new Set(["single", "single-cued", "lexicon", "gazetteer", "town", "locative"]);

/** True when `short` is a proper suffix or prefix (in words) of `full`. */
function partOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const lower = (a: string[]) => a.map((w) => w.toLowerCase()).join(" ");
  return lower(full.slice(-short.length)) === lower(short) || lower(full.slice(0, short.length)) === lower(short);
}

/**
 * Sets `canonical` on short person mentions (and weak single capitalised words) to the longest
 * full name in the document they are part of; picks the name mentioned first on ties.
 */
export function linkPersons(mentions: MentionSpan[]): MentionSpan[] {
  const full = mentions.filter((m) => m.entityType === "Person" && m.source !== "single" && words(m.text).length >= 2);
  return mentions.map((m) => {
    const own = words(m.text);
    if (m.entityType !== "Person" && !(RELINKABLE.has(m.source) && own.length === 1)) return m;
    let best: MentionSpan | undefined;
    for (const f of full) {
      const fw = words(f.text);
      if (partOf(own, fw) && (!best || fw.length > words(best.text).length)) best = f;
    }
    if (!best) return m;
    const { attributes: _drop, ...rest } = m;
    return { ...rest, entityType: "Person", canonical: best.text, source: m.entityType === "Person" && m.source !== "single" ? m.source : "surname", confidence: Math.max(m.confidence, 0.8) };
  });
}
