// Person coreference in one document: surnames and partial names linked to the full name.
import type { MentionSpan } from "../types.js";

const words = (s: string) => s.split(/\s+/).filter(Boolean);

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
    if (m.entityType !== "Person") return m;
    const own = words(m.text);
    let best: MentionSpan | undefined;
    for (const f of full) {
      const fw = words(f.text);
      if (partOf(own, fw) && (!best || fw.length > words(best.text).length)) best = f;
    }
    if (!best) return m;
    return { ...m, canonical: best.text, source: m.source === "single" ? "surname" : m.source, confidence: Math.max(m.confidence, 0.8) };
  });
}
