// LOCATED_IN from structure: "A's B", "B province of A", "B, A", "<X> ... in A", "<City> University".
import { findObject, isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { DETS, PREPS, isMainVerb, norm } from "./words.js";

const REL = "LOCATED_IN";
/** An argument of an event ("arrested by X in Lyon", "met with X in Oslo") is not placed by "in". */
const NOT_PLACED_AFTER = new Set(["by", "with", "against", "to", "from"]);

/** Applies the sentence-level LOCATED_IN patterns. */
export function applyLocated(e: Emitter, v: SentenceView): void {
  const edge = (head: LocalMention, tail: LocalMention, trigger: string, confidence: number) =>
    emit(e, { relation: REL, head: head.entityId, tail: tail.entityId, sentence: v.index, trigger, confidence });
  for (const m of v.ms) {
    if (m.tokStart < 0) continue;
    let i = m.tokEnd;
    while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
    // "Mozambique's northern Cabo Delgado": a direction may stand between the owner and the place.
    let d = i;
    while (m.possessive && tok(v, d) && DIRECTIONS.has(norm(tok(v, d)!)) && d < i + 2) d++;
    const next = mentionAt(v, d) >= 0 ? v.ms[mentionAt(v, d)]! : undefined;
    // "Spain's Andalusia region": a place's place.
    // ("Russia's Ukraine war" is no containment: the second place only modifies a noun.)
    if (m.possessive && m.type === "Place" && next?.type === "Place" && !modifiesNoun(e, v, next)) edge(next, m, "'s", 0.8);
    if (m.possessive) continue;
    const w = tok(v, i) ? norm(tok(v, i)!) : "";
    // "Zamfara state's Maru area": a place word carries the possessive.
    if (m.type === "Place" && e.lex.placeWords.has(w) && /^['’]s?$/.test(tok(v, i + 1)?.text ?? "")) {
      const n = mentionAt(v, i + 2) >= 0 ? v.ms[mentionAt(v, i + 2)]! : undefined;
      if (n?.type === "Place" && !modifiesNoun(e, v, n)) edge(n, m, `${w}'s`, 0.75);
    }
    // "Andalusia region of Spain", "the Hay al-Andalus neighbourhood of Ramadi"
    if (m.type === "Place" && (e.lex.placeWords.has(w) || QUARTERS.has(w)) && norm(tok(v, i + 1) ?? tok(v, i)!) === "of") {
      const obj = findObject(v, i + 2, 2);
      if (obj) for (const k of v.groups[obj.group]!) if (v.ms[k]!.type === "Place") edge(m, v.ms[k]!, `${w} of`, 0.8);
    }
    // "Porto, Portugal" (not a list: the next token is not a further list member).
    // ("the envoy to Chile, X": after a role and its preposition the comma opens the holder's name.)
    if (m.type === "Place" && isComma(tok(v, i)) && v.groups[m.group]!.length === 1 && !afterRole(e, v, m)) {
      const n = mentionAt(v, i + 1) >= 0 ? v.ms[mentionAt(v, i + 1)]! : undefined;
      const afterN = n ? tok(v, n.tokEnd) : undefined;
      // "Jayapura, Papua province, ...": a place word may close the second name.
      const closes = (t: typeof afterN) => !t || /^[,.;)]$/.test(t.text);
      const placeWord = !!afterN && e.lex.placeWords.has(norm(afterN)) && /^\p{Ll}/u.test(afterN.text) && closes(tok(v, n!.tokEnd + 1));
      if (n && n.type === "Place" && !n.possessive && v.groups[n.group]!.length === 1 && (closes(afterN) || placeWord)) edge(m, n, ",", 0.6);
    }
    if (m.type === "Place") placeOfPlace(e, v, m, i, edge);
    // Organisations act in many places ("forces in Iraq"); only projects and groups are placed by "in".
    if (m.type !== "Project" && m.type !== "Group") continue;
    inPlace(v, m, edge);
  }
}

/** "the mayor of X", "a commander in X", "the ambassador to X": the place closes a role phrase. */
function afterRole(e: Emitter, v: SentenceView, m: LocalMention): boolean {
  let b = m.tokStart - 1;
  while (b > v.tokStart && (DETS.has(norm(tok(v, b)!)) || DIRECTIONS.has(norm(tok(v, b)!)))) b--;
  if (b <= v.tokStart || !ROLE_PLACE_PREPS.has(norm(tok(v, b)!))) return false;
  return e.lex.roleWords.has(norm(tok(v, b - 1)!));
}

const ROLE_PLACE_PREPS = new Set(["of", "in", "to", "for", "on"]);

/** The place name is used as a modifier of a following common noun ("Ukraine war"), not a place word ("Sindh province"). */
function modifiesNoun(e: Emitter, v: SentenceView, m: LocalMention): boolean {
  const t = tok(v, m.tokEnd);
  return !!t && /^\p{Ll}/u.test(t.text) && t.tags.includes("Noun") && !e.lex.placeWords.has(norm(t)) && !PREPS.has(norm(t));
}

const DIRECTIONS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest"]);

/** "Seville, the capital of Andalusia" and "Malaga in southern Spain". */
function placeOfPlace(e: Emitter, v: SentenceView, m: LocalMention, i: number, edge: (h: LocalMention, t: LocalMention, trig: string, c: number) => void): void {
  const place = (at: number): LocalMention | undefined => {
    const obj = findObject(v, at, 2);
    const p = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
    return p?.type === "Place" && v.groups[obj!.group]!.length === 1 ? p : undefined;
  };
  // "Ashulia, in the Savar sub-district": a comma before "in" keeps the apposition.
  if (isComma(tok(v, i)) && tok(v, i + 1) && norm(tok(v, i + 1)!) === "in") i++;
  else if (isComma(tok(v, i))) {
    let j = i + 1;
    while (tok(v, j) && DETS.has(norm(tok(v, j)!))) j++;
    // "Surabaya, East Java's largest city": a place word owned by a place.
    const owner = mentionAt(v, j) >= 0 ? v.ms[mentionAt(v, j)]! : undefined;
    if (owner?.type === "Place" && owner.possessive && v.groups[owner.group]!.length === 1) {
      let k = owner.tokEnd;
      while (tok(v, k) && /^['’]s?$/.test(tok(v, k)!.text)) k++;
      for (let n = 0; n < 3 && tok(v, k + n) && /^\p{Ll}/u.test(tok(v, k + n)!.text); n++) {
        const w = norm(tok(v, k + n)!);
        if (e.lex.placeWords.has(w) || w === "capital") return edge(m, owner, `'s ${w}`, 0.7);
      }
      return;
    }
    for (let n = 0; n < 3 && tok(v, j + n); n++) {
      const w = norm(tok(v, j + n)!);
      // "Jolo, a town in Sulu province", "Bodo, a farming community in the Gokana area".
      if (w === "in" && n > 0 && settlementWord(e, norm(tok(v, j + n - 1)!))) return placedIn(v, m, j + n + 1, edge);
      if (w === "of" && n > 0) {
        const last = norm(tok(v, j + n - 1)!);
        const p = e.lex.placeWords.has(last) || last === "capital" ? place(j + n + 1) : undefined;
        if (p) edge(m, p, `${last} of`, 0.75);
        return;
      }
      if (!/^\p{Ll}/u.test(tok(v, j + n)!.text)) return;
    }
    return;
  }
  // "Sinune is a town in Sinjar district": a copula and an indefinite settlement noun.
  if (tok(v, i) && /^(?:is|was|lies)$/.test(norm(tok(v, i)!)) && tok(v, i + 1) && /^an?$/.test(norm(tok(v, i + 1)!))) {
    for (let n = 2; n < 5 && tok(v, i + n) && /^\p{Ll}/u.test(tok(v, i + n)!.text); n++)
      if (norm(tok(v, i + n)!) === "in" && settlementWord(e, norm(tok(v, i + n - 1)!))) return placedIn(v, m, i + n + 1, edge);
    return;
  }
  // "Paktika province in Afghanistan": a place word may stand between the name and "in".
  if (tok(v, i) && /^\p{Ll}/u.test(tok(v, i)!.text) && e.lex.placeWords.has(norm(tok(v, i)!)) && tok(v, i + 1) && norm(tok(v, i + 1)!) === "in") i++;
  if (norm(tok(v, i) ?? tok(v, m.tokStart)!) !== "in") return;
  const p = placeAfter(v, i + 1);
  if (!p) return;
  // "Kadugli and Dilling in South Kordofan": every place of the list.
  const members = v.groups[m.group]!.map((k) => v.ms[k]!);
  const all = members[members.length - 1] === m && members.every((x) => x.type === "Place");
  // (Countries of a list are never in the place: "met envoys of Cuba, Norway and Chile in Bogota".)
  for (const x of all ? members : [m]) if (x.entityId !== p.entityId && (x === m || !v.lex.countries.has(v.doc.source.text.slice(x.start, x.end).toLowerCase()))) edge(x, p, "in", 0.7);
}

/**
 * The single place at `j` (past determiners and directions), or in "A's [northern] B" the place B.
 * ("in Somalia's Gedo region" places a town in Gedo.)
 */
function placeAfter(v: SentenceView, j: number): LocalMention | undefined {
  while (tok(v, j) && (DETS.has(norm(tok(v, j)!)) || DIRECTIONS.has(norm(tok(v, j)!)))) j++;
  let p = mentionAt(v, j) >= 0 ? v.ms[mentionAt(v, j)] : undefined;
  // ("in Zamfara state's Maru area": the possessive on a place word.)
  const worded = !!p && v.lex.placeWords.has(norm(tok(v, p.tokEnd) ?? tok(v, j)!)) && /^['’]s?$/.test(tok(v, p.tokEnd + 1)?.text ?? "");
  if (p && (p.possessive || worded) && p.type === "Place" && v.groups[p.group]!.length === 1) {
    let k = p.tokEnd + (worded ? 1 : 0);
    const end = k + 3;
    while (tok(v, k) && /^['’]s?$/.test(tok(v, k)!.text)) k++;
    while (tok(v, k) && DIRECTIONS.has(norm(tok(v, k)!)) && k < end) k++;
    p = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)] : undefined;
  }
  return p && p.type === "Place" && !p.possessive && v.groups[p.group]!.length === 1 ? p : undefined;
}

/** Nouns for a settlement or an administrative area ("town", "district"), from the schema's place words and a few more. */
/** Parts of a city named before "of" ("the Hay al-Andalus neighbourhood of Ramadi"); "the port of X" names X itself. */
const QUARTERS = new Set(["neighbourhood", "neighborhood", "suburb", "locality", "quarter"]);
const SETTLEMENTS = new Set(["community", "suburb", "neighbourhood", "neighborhood", "locality", "hamlet", "settlement", "enclave", "island", "port", "capital", "commune", "county"]);
const settlementWord = (e: Emitter, w: string): boolean => e.lex.placeWords.has(w) || SETTLEMENTS.has(w);

/** The place right after "in" (past determiners and directions: "in northern Sulu") when it is a single place. */
function placedIn(v: SentenceView, m: LocalMention, j: number, edge: (h: LocalMention, t: LocalMention, trig: string, c: number) => void): void {
  const p = placeAfter(v, j);
  if (p && p.entityId !== m.entityId) edge(m, p, "a place in", 0.7);
}

/** "<X> [facilities] in [A's] B": a project or group placed in a place. */
function inPlace(v: SentenceView, m: LocalMention, edge: (h: LocalMention, t: LocalMention, trig: string, c: number) => void): void {
  let b = m.tokStart - 1;
  while (tok(v, b) && DETS.has(norm(tok(v, b)!))) b--;
  const before = tok(v, b);
  if (before && (isMainVerb(before) || v.lex.verbs.has(norm(before)) || NOT_PLACED_AFTER.has(norm(before)))) return;
  for (let i = m.tokEnd, n = 0; i < v.tokEnd && n < 3; i++, n++) {
    const t = tok(v, i)!;
    const w = norm(t);
    if (w === "in") {
      const obj = findObject(v, i + 1, 3);
      const place = obj ? v.ms[v.groups[obj.group]![0]!]! : undefined;
      if (place?.type === "Place") edge(m, place, "in", n === 0 ? 0.65 : 0.6);
      return;
    }
    if (PREPS.has(w) || DETS.has(w) || isMainVerb(t) || !/^\p{Ll}/u.test(t.text) || !t.tags.includes("Noun")) return;
  }
}

/**
 * Suffixes whose "<Place> X" names a body serving the place rather than one sited there: "Punjab Police" and
 * "Lahore High Court" are the province's and the city's own; analysts do not mark them as located there.
 */
const NAMED_NOT_PLACED = new Set(["police", "court", "high court"]);

/** "<Place> University", "University of <Place>": organisations named after the place they are in. */
export function applyNamedPlaces(e: Emitter, doc: SentenceView["doc"]): void {
  // Cities and regions only: a country's police or university is its own, not merely located there.
  const places = new Map(doc.entities.filter((x) => x.entityType === "Place" && !e.lex.countries.has(x.name.toLowerCase())).map((x) => [x.name.toLowerCase(), x.id]));
  if (!places.size) return;
  for (const org of doc.entities) {
    if (org.entityType !== "Organization") continue;
    const words = org.name.toLowerCase().split(/\s+/);
    for (const suffix of e.lex.placeSuffixes) {
      if (NAMED_NOT_PLACED.has(suffix.join(" "))) continue;
      const n = suffix.length;
      let place: string | undefined;
      if (words.length > n && suffix.every((w, k) => words[words.length - n + k] === w)) place = words.slice(0, -n).join(" ");
      else if (words[n] === "of" && suffix.every((w, k) => words[k] === w)) place = words.slice(n + 1).join(" ");
      const pid = place ? places.get(place) : undefined;
      if (!pid) continue;
      const first = org.mentions[0] ? doc.mentions.find((x) => x.entityId === org.id) : undefined;
      emit(e, { relation: REL, head: org.id, tail: pid, sentence: first?.sentence ?? 0, trigger: suffix.join(" "), confidence: 0.7 });
      break;
    }
  }
}
