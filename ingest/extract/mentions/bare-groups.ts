// Unnamed collective actors that act in the sentence: "Gunmen attacked ...", "militants stormed ...", "protesters blocked ...".
import type { MentionSpan, Token } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import type { WordContext } from "./words.js";

/** Collective nouns outside the armed class that are actors when they are a clause's bare subject. */
const CROWDS = new Set(["protesters", "protestors", "demonstrators", "rioters"]);
/** Words before the noun that leave it a bare subject (a clause start). */
const OPENERS = new Set([",", ";", ":", "—", "–", "-", "(", '"', "“", "when", "after", "as", "while", "and", "but", "where", "suspected", "armed", "masked", "unidentified", "unknown", "said", "that"]);

const isClauseVerb = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text) && t.tags.includes("Verb") && (t.tags.includes("PastTense") || t.tags.includes("PresentTense")) && !t.tags.includes("Infinitive");

/**
 * Bare plural actors (no determiner, number or name before them) followed by a finite verb, in
 * tokens[from, to); the canonical name is the lower-case noun, so one document's mentions join.
 */
export function findBareGroups(ctx: WordContext, from: number, to: number, taken: Uint8Array): MentionSpan[] {
  const { tokens } = ctx;
  const armed = cues().groupNouns;
  const out: MentionSpan[] = [];
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i]!;
    if (taken[i] || !(armed.get(t.normal) === "militants" || CROWDS.has(t.normal))) continue;
    const prev = tokens[i - 1];
    const bare = i === from || (!!prev && OPENERS.has(prev.normal) && (prev.normal !== "armed" || i - 1 === from || OPENERS.has(tokens[i - 2]?.normal ?? "")));
    if (!bare || !isClauseVerb(tokens[i + 1])) continue;
    out.push({ start: t.start, end: t.end, text: t.text, entityType: "Group", sentence: t.sentence, source: "bare-group", confidence: 0.6, canonical: t.normal });
    taken[i] = 1;
  }
  return out;
}
