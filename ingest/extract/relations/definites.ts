// Definite descriptions as mentions: "the programme" after "Rotterdam Harbour Programme", "group chairman X" after "Tata Group".
import type { EntityType } from "../../../graph/types.js";
import type { AnnotatedDoc, MentionSpan } from "../types.js";
import type { Lexicon } from "./types.js";
import { DETS, PREPS, norm } from "./words.js";

/** Head noun (lower case, singular) -> entities named with it, with the offset of their first mention. */
export type HeadIndex = Map<string, Array<{ id: string; type: EntityType; first: number }>>;

const TYPES = new Set<EntityType>(["Organization", "Place", "Project", "Group"]);
const singular = (w: string): string => (w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

const LINKS = new Set(["of", "on", "for"]);

/** The head noun of a name: "Port Expansion Programme" -> programme, "Port of Colombo" -> port. */
function headNoun(name: string): string | undefined {
  const words = name.split(/\s+/);
  // "Commission on Audit" -> commission, "Bureau of Public Procurement" -> bureau.
  const of = words.findIndex((w, i) => i > 0 && LINKS.has(w.toLowerCase()));
  const core = of > 0 ? words.slice(0, of) : words;
  if (core.length < 2 && of < 0) return undefined;
  const last = core[core.length - 1]!.toLowerCase().replace(/[^\p{L}-]/gu, "");
  return last.length > 2 ? singular(last) : undefined;
}

/** Indexes the document's multi-word names by head noun (once per document). */
export function headIndex(doc: AnnotatedDoc): HeadIndex {
  const first = new Map<string, number>();
  for (const m of doc.mentions) if (m.entityId && !first.has(m.entityId)) first.set(m.entityId, m.start);
  const out: HeadIndex = new Map();
  for (const x of doc.entities) {
    if (!TYPES.has(x.entityType) || !first.has(x.id)) continue;
    for (const h of new Set([x.name, ...x.aliases].map(headNoun)))
      if (h) (out.get(h) ?? out.set(h, []).get(h)!).push({ id: x.id, type: x.entityType, first: first.get(x.id)! });
    // Every entity under its type too, for class nouns ("the project").
    (out.get(`#${x.entityType}`) ?? out.set(`#${x.entityType}`, []).get(`#${x.entityType}`)!).push({ id: x.id, type: x.entityType, first: first.get(x.id)! });
  }
  return out;
}

/**
 * Mentions for "the [adj] <head noun>" (and a bare head noun before a role word: "group chairman") in
 * sentence `index`, each standing for the most recently introduced entity with that head noun.
 * Nothing when the noun is followed by "of" or a name ("the port of X" names X itself).
 */
export function definiteMentions(doc: AnnotatedDoc, lex: Lexicon, index: number, heads: HeadIndex, taken: MentionSpan[]): MentionSpan[] {
  if (!heads.size) return [];
  const s = doc.sentences[index]!;
  const out: MentionSpan[] = [];
  const inside = (t: number) => taken.some((m) => m.start < doc.tokens[t]!.end && doc.tokens[t]!.start < m.end);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    const w = norm(t);
    const cls = lex.classNouns.get(w);
    let cands = heads.get(w) ?? (w.endsWith("s") ? heads.get(singular(w)) : undefined) ?? (cls ? heads.get(`#${cls}`) : undefined);
    if (!cands || !/^\p{Ll}/u.test(t.text) || inside(i)) continue;
    // "the project" before any project named "... Project": the class noun reading.
    if (cls && !cands.some((c) => c.first < t.start)) cands = heads.get(`#${cls}`) ?? cands;
    const next = doc.tokens[i + 1];
    const beforeRole = !!next && i + 1 < s.tokenEnd && lex.rolesByFirst.has(norm(next)) && !PREPS.has(norm(next)) && !lex.roleWords.has(norm(t));
    if (!beforeRole && (!next || norm(next) === "of" || /^\p{Lu}/u.test(next.text))) continue;
    // "the [Iran-aligned] rebels": a determiner up to two describing words before the noun.
    let j = i - 1;
    // ("Iran-backed": a capitalised compound adjective.)
    const describing = (w: string) => /^\p{Ll}/u.test(w) || /^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(w);
    while (j >= s.tokenStart && i - j <= 3 && !DETS.has(norm(doc.tokens[j]!)) && describing(doc.tokens[j]!.text) && !PREPS.has(norm(doc.tokens[j]!))) j--;
    const definite = j >= s.tokenStart && norm(doc.tokens[j]!) === "the";
    if (!definite && !beforeRole) continue;
    let before = cands.filter((c) => c.first < t.start);
    // "the army" is the state's army when one is named ("Peru Army" over "Shining Path Liberation Army").
    const state = lex.orgNouns.some((o) => o.length === 1 && o[0] === singular(norm(t))) ? before.filter((c) => statePrefixed(doc, lex, c.id)) : [];
    if (state.length) before = state;
    if (!before.length) continue;
    // "the provincial finance department" is not the "Counter Terrorism Department": a noun modifier must be in the name.
    const modifiers = definite ? doc.tokens.slice(j + 1, i).filter((m) => /^\p{Ll}/u.test(m.text) && (m.tags.includes("Noun") || m.tags.includes("Verb")) && !m.tags.includes("Adjective") && !/(?:ed|ing)$/.test(norm(m))).map(norm) : [];
    if (modifiers.length) before = before.filter((c) => modifiers.every((w) => nameWords(doc, c.id).has(w)));
    if (!before.length) continue;
    const id = latest(doc, before.map((c) => c.id), t.start);
    const c = before.find((x) => x.id === id)!;
    const start = definite ? doc.tokens[j + 1]!.start : t.start;
    out.push({ start, end: t.end, text: doc.source.text.slice(start, t.end), entityType: c.type, sentence: index, entityId: id, source: "relations:definite", confidence: 0.6 });
  }
  return out;
}

/** Lower-case words of an entity's name and aliases. */
function nameWords(doc: AnnotatedDoc, id: string): Set<string> {
  const x = doc.entities.find((e) => e.id === id);
  return new Set((x ? [x.name, ...x.aliases] : []).flatMap((a) => a.toLowerCase().split(/[\s-]+/)));
}

/** The entity's name starts with a country or its demonym ("Peru Army", "Peruvian army"). */
function statePrefixed(doc: AnnotatedDoc, lex: Lexicon, id: string): boolean {
  const x = doc.entities.find((e) => e.id === id);
  return !!x && [x.name, ...x.aliases].some((a) => {
    const w = a.split(/\s+/)[0]!.toLowerCase().replace(/['’]s$/, "");
    return lex.countries.has(w) || lex.demonyms.has(w);
  });
}

/** The entity among `ids` whose latest mention before `at` is closest to it. */
function latest(doc: AnnotatedDoc, ids: string[], at: number): string {
  let best = ids[0]!;
  let pos = -1;
  for (const m of doc.mentions) if (m.entityId && m.start < at && m.start > pos && ids.includes(m.entityId)) [best, pos] = [m.entityId, m.start];
  return best;
}
