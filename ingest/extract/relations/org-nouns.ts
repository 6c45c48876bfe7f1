// Lower-case nouns that stand for an organisation named earlier: "the group's spokesman", "a commander of the faction".
import { mentionAt, tok } from "./arguments.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

/** Nouns that may stand for any organisation named before (the latest one). */
const GENERIC = new Set(["group", "faction", "organisation", "organization", "outfit", "militia", "movement", "company", "firm"]);
const COMPANY = new Set(["company", "firm"]);
const PUBLIC = new Set(["ministry", "department", "police", "army", "navy", "commission", "council", "agency", "authority", "force", "forces", "government", "parliament", "senate", "court", "office", "directorate", "bureau"]);
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
  // A company is usually the article's subject; a group is usually the one just named ("a researcher at the group").
  const id = COMPANY.has(w) ? salientOrganisation(v, noun.start) : latestOrganisation(v, noun.start, GENERIC.has(w) ? undefined : w, GENERIC.has(w));
  return id ? { id, end: i + 2 } : undefined;
}

/** The organisation mentioned most often before `at` (the latest of equals): the article's subject for "the company". */
export function salientOrganisation(v: SentenceView, at: number): string | undefined {
  const count = new Map<string, number>();
  const ents = new Map(v.doc.entities.map((x) => [x.id, x.entityType]));
  // A company is not a public body ("Ministry of X", "Y Police").
  const names = new Map(v.doc.entities.map((x) => [x.id, x.name.toLowerCase().split(/[\s-]+/)]));
  const publicBody = (id: string) => (names.get(id) ?? []).some((w) => PUBLIC.has(w));
  for (const m of v.doc.mentions) if (m.entityId && m.start < at && ents.get(m.entityId) === "Organization" && !outlet(v.doc.source.text, m.start, m.end) && !publicBody(m.entityId)) count.set(m.entityId, (count.get(m.entityId) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const m of v.doc.mentions) if (m.entityId && m.start < at && count.has(m.entityId) && count.get(m.entityId)! >= n) [best, n] = [m.entityId, count.get(m.entityId)!];
  return best;
}

/** "(Reuters)", "(AP)": the outlet of a dateline. */
const outlet = (text: string, start: number, end: number): boolean => text[start - 1] === "(" && text[end] === ")" && /\d/.test(text.slice(Math.max(0, start - 12), start));

/** The organisation mentioned last before `at` (with `word` in its name when given). */
export function latestOrganisation(v: SentenceView, at: number, word?: string, nonState = false): string | undefined {
  const text = v.doc.source.text;
  const ents = new Map(v.doc.entities.map((x) => [x.id, x]));
  let best: string | undefined;
  let pos = -1;
  for (const m of v.doc.mentions) {
    if (!m.entityId || m.start >= at || m.start < pos) continue;
    const x = ents.get(m.entityId);
    if (!x || x.entityType !== "Organization") continue;
    // "(Reuters)", "(AP)": the outlet of a dateline.
    if (outlet(text, m.start, m.end)) continue;
    if (word && ![x.name, ...x.aliases].some((a) => a.toLowerCase().split(/[\s-]+/).includes(word))) continue;
    // "the group" is not a state's force ("Rwanda Defence Force", "Kenyan Army").
    if (nonState && x.name.toLowerCase().split(/[\s-]+/).some((n) => v.lex.countries.has(n) || v.lex.demonyms.has(n))) continue;
    [best, pos] = [m.entityId, m.start];
  }
  return best;
}

/** "Ministry spokesman X": a bare organisation noun at token i, resolved like "the ministry". */
export function orgByNoun(v: SentenceView, i: number): string | undefined {
  const t = tok(v, i);
  if (!t || mentionAt(v, i) >= 0 || !NAMED.has(norm(t))) return undefined;
  return latestOrganisation(v, t.start, norm(t));
}
