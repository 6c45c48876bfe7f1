// Lower-case nouns that stand for an organisation named earlier: "the group's spokesman", "a commander of the faction".
import { mentionAt, tok } from "./arguments.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

/** Nouns that may stand for any organisation named before (the latest one). */
const GENERIC = new Set(["group", "faction", "organisation", "organization", "outfit", "militia", "movement", "company", "firm"]);
/** Nouns that stand for the latest organisation with the noun in its name ("the ministry" -> "Ministry of Mines"). */
const NAMED = new Set(["ministry", "department", "commission", "agency", "command", "division", "brigade", "corps", "constabulary", "directorate", "bureau", "authority", "council", "committee", "party", "army", "navy", "police", "force", "forces", "service", "office", "unit", "bank", "union", "front", "alliance", "federation", "institute", "board"]);

/** A resolved noun: the organisation's id and the token after the noun. */
export interface OrgNoun {
  id: string;
  end: number;
}

/**
 * "the <noun>" at token i (i is "the"), with no mention on the noun, resolved to the organisation the
 * noun names: the latest organisation before it whose name holds the noun, or for a generic noun
 * ("group", "company") the latest organisation named before. News agencies in brackets are skipped.
 */
export function orgNounAt(v: SentenceView, i: number): OrgNoun | undefined {
  const the = tok(v, i), noun = tok(v, i + 1);
  if (!the || !noun || norm(the) !== "the" || mentionAt(v, i + 1) >= 0 || !/^\p{Ll}/u.test(noun.text)) return undefined;
  const w = norm(noun);
  if (!GENERIC.has(w) && !NAMED.has(w)) return undefined;
  const id = latestOrganisation(v, noun.start, GENERIC.has(w) ? undefined : w);
  return id ? { id, end: i + 2 } : undefined;
}

/** The organisation mentioned last before `at` (with `word` in its name when given). */
export function latestOrganisation(v: SentenceView, at: number, word?: string): string | undefined {
  const text = v.doc.source.text;
  const ents = new Map(v.doc.entities.map((x) => [x.id, x]));
  let best: string | undefined;
  let pos = -1;
  for (const m of v.doc.mentions) {
    if (!m.entityId || m.start >= at || m.start < pos) continue;
    const x = ents.get(m.entityId);
    if (!x || x.entityType !== "Organization") continue;
    // "(Reuters)", "(AP)": the outlet of a dateline.
    if (text[m.start - 1] === "(" && text[m.end] === ")" && /\d/.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (word && ![x.name, ...x.aliases].some((a) => a.toLowerCase().split(/[\s-]+/).includes(word))) continue;
    [best, pos] = [m.entityId, m.start];
  }
  return best;
}
