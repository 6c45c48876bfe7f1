// Type repair inside one document: guessed names take the type a cue gave the same or a longer name.
import type { MentionSpan } from "../types.js";
import { normalizeName } from "../../../graph/build/normalize.js";
import { MIN_CONFIDENCE } from "./entities.js";
import { cues } from "../../gazetteer/index.js";

/** Sources that typed a name by its shape only (no cue word, title or gazetteer). */
const GUESSED = new Set(["name", "capitalised", "single", "national-name"]);

/**
 * A guessed mention whose text a cued mention of another type also has takes that type
 * ("Syr Darya" as a Person guess, "the Syr Darya river" as a Place): the cue wins.
 */
export function preferCuedType(mentions: MentionSpan[]): MentionSpan[] {
  const cued = new Map<string, MentionSpan>();
  for (const m of mentions) {
    if (GUESSED.has(m.source) || m.confidence < MIN_CONFIDENCE) continue;
    for (const n of m.canonical && m.source === "place-noun" ? [m.text, m.canonical] : [m.text]) { // "X river" also cues "X"
      const k = normalizeName(n);
      const seen = cued.get(k);
      if (!seen || m.confidence > seen.confidence) cued.set(k, m);
    }
  }
  return mentions.map((m) => {
    if (!GUESSED.has(m.source)) return m;
    const s = cued.get(normalizeName(m.text));
    if (!s || s.entityType === m.entityType) return m;
    const out: MentionSpan = { ...m, entityType: s.entityType, source: `${m.source}+cued`, confidence: Math.max(m.confidence, MIN_CONFIDENCE + 0.1) };
    if (s.canonical) out.canonical = s.canonical;
    return out;
  });
}

/**
 * A guessed person name that begins the name of exactly one organisation in the document is that
 * organisation's short form ("Corvo Lines" beside "Corvo Lines Holdings").
 */
export function linkOrgPrefixes(mentions: MentionSpan[]): MentionSpan[] {
  const orgs = new Set<string>();
  for (const m of mentions) if (m.entityType === "Organization" && m.confidence >= MIN_CONFIDENCE && m.text.includes(" ")) orgs.add(m.canonical ?? m.text);
  if (!orgs.size) return mentions;
  const byFirst = new Map<string, string[]>(); // first word -> organisation names, so long documents stay linear
  for (const o of orgs) {
    const w = o.toLowerCase().split(" ")[0]!;
    (byFirst.get(w) ?? byFirst.set(w, []).get(w)!).push(o);
  }
  return mentions.map((m) => {
    if (m.entityType !== "Person" || m.role || (m.source !== "name" && m.source !== "single" && m.source !== "single-person")) return m;
    const prefix = `${m.text.toLowerCase()} `;
    const owners = (byFirst.get(prefix.slice(0, prefix.indexOf(" "))) ?? []).filter((o) => o.toLowerCase().startsWith(prefix));
    if (owners.length !== 1) return m;
    return { ...m, entityType: "Organization", canonical: owners[0]!, source: `${m.source}+org-prefix`, confidence: Math.max(m.confidence, 0.7) };
  });
}

const COORDINATION = /^\)?\s*(?:,|and|or|, and)\s*$/;

/**
 * An unknown single word coordinated with an organisation is an organisation too
 * ("Velbrand (VB) and Norkrona agreed"): text between the two is only "and", "or" or a comma.
 */
export function typeByCoordination(text: string, mentions: MentionSpan[]): MentionSpan[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  const orgNear = new Set<MentionSpan>();
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.source !== "single" || m.confidence >= MIN_CONFIDENCE) continue;
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const joined = (o: MentionSpan | undefined, gap: string) => !!o && o.entityType === "Organization" && o.confidence >= MIN_CONFIDENCE && COORDINATION.test(gap);
    if (joined(prev, prev ? text.slice(prev.end, m.start) : "") || joined(next, next ? text.slice(m.end, next.start) : "")) orgNear.add(m);
  }
  const placeNear = placeCoordinated(text, sorted);
  if (!orgNear.size && !placeNear.size) return mentions;
  return mentions.map((m) =>
    orgNear.has(m) ? { ...m, entityType: "Organization", source: "single-coordinated", confidence: MIN_CONFIDENCE + 0.1 }
    : placeNear.has(m) ? { ...m, entityType: "Place", source: "place-coordinated", confidence: MIN_CONFIDENCE + 0.1 }
    : m);
}

const AND_OR = /^\s*(?:and|or)\s*$/;
/** A locative preposition (and "the") right before a list of places: "in X and Y", "towards the X and Y areas". */
const LIST_OPENER = /\b(?:in|at|near|from|to|towards|toward|of|around|across|outside|via)\s+(?:the\s+)?$/i;
/** Name guesses (no cue word, title or gazetteer) that a coordinated place may retype. */
const PLACE_GUESSES = new Set(["single", "capitalised", "name", "single-cued"]); // "in X and Y said": Y's verb says nothing of its type

/**
 * "in Bakura and Zurmi", "the X and Y harbours": a name guess joined by "and"/"or" to a cued place, in a
 * list opened by a locative preposition, is a place too. Words of a person's name in the document stay people.
 */
function placeCoordinated(text: string, sorted: MentionSpan[]): Set<MentionSpan> {
  const out = new Set<MentionSpan>();
  const personWords = new Set<string>();
  for (const m of sorted) if (m.entityType === "Person" && m.confidence >= MIN_CONFIDENCE && !PLACE_GUESSES.has(m.source)) for (const w of m.text.split(" ")) personWords.add(w);
  const isPlace = (o: MentionSpan | undefined) => !!o && o.entityType === "Place" && o.confidence >= MIN_CONFIDENCE;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (!PLACE_GUESSES.has(m.source) || m.text.split(" ").some((w) => personWords.has(w))) continue;
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const afterPlace = isPlace(prev) && AND_OR.test(text.slice(prev!.end, m.start)) && LIST_OPENER.test(text.slice(Math.max(0, prev!.start - 16), prev!.start));
    const beforePlace = isPlace(next) && AND_OR.test(text.slice(m.end, next!.start)) && LIST_OPENER.test(text.slice(Math.max(0, m.start - 16), m.start));
    if (afterPlace || beforePlace) out.add(m);
  }
  return out;
}

/** First words of a country's own named body ("National Police", "Federal Police", "Royal Navy"). */
const STATE_ADJECTIVES = new Set(["national", "federal", "royal", "state", "civil", "central", "republican", "imperial"]);

/**
 * "Spanish police" (a country's generic body, written in lower case) is the document's one named body
 * with the same head ("the National Police"), when that name carries no country of its own.
 */
export function linkGenericBodies(mentions: MentionSpan[], hasCountry: (name: string) => boolean): MentionSpan[] {
  const named = new Map<string, Set<string>>(); // head word -> names
  for (const m of mentions) {
    if (m.entityType !== "Organization" || m.confidence < MIN_CONFIDENCE || m.source === "state-org" || m.canonical) continue;
    const words = m.text.split(" ");
    const head = words.at(-1)!;
    if (words.length !== 2 || !STATE_ADJECTIVES.has(words[0]!.toLowerCase()) || !/^\p{Lu}/u.test(head) || hasCountry(m.text)) continue;
    (named.get(head.toLowerCase()) ?? named.set(head.toLowerCase(), new Set()).get(head.toLowerCase())!).add(m.text);
  }
  if (!named.size) return mentions;
  return mentions.map((m) => {
    if (m.source !== "state-org" || !m.canonical || !/^\p{Ll}/u.test(m.text.split(" ").at(-1)!)) return m;
    const names = named.get(m.text.split(" ").at(-1)!.toLowerCase());
    return names?.size === 1 ? { ...m, canonical: [...names][0]!, source: "state-org-linked" } : m;
  });
}

/** Weakly typed place mentions that may be a short form of a longer place name. */
const WEAK_PLACES = new Set(["lexicon", "locative", "single", "town"]);

/** "Korea" beside "South Korea": a weak place that ends exactly one longer place name of the document is that place. */
export function linkShortPlaces(mentions: MentionSpan[]): MentionSpan[] {
  const longer = new Map<string, Set<MentionSpan>>(); // last word -> places with more words
  for (const m of mentions) {
    if (m.entityType !== "Place" || WEAK_PLACES.has(m.source) || !m.text.includes(" ")) continue;
    const words = (m.canonical ?? m.text).split(" ");
    if (words.length === 2 && cues().placePrefixes.has(words[0]!.toLowerCase())) continue; // "Mount X", "Lake Y": another place than X, Y
    const last = m.text.split(" ").at(-1)!.toLowerCase();
    (longer.get(last) ?? longer.set(last, new Set()).get(last)!).add(m);
  }
  if (!longer.size) return mentions;
  return mentions.map((m) => {
    if (m.entityType !== "Place" || !WEAK_PLACES.has(m.source) || m.text.includes(" ")) return m;
    const names = new Map<string, MentionSpan>();
    for (const p of longer.get(m.text.toLowerCase()) ?? []) names.set(p.canonical ?? p.text, p);
    if (names.size !== 1) return m;
    const [name, p] = [...names][0]!;
    return { ...m, canonical: name, source: `${m.source}+short`, confidence: Math.max(m.confidence, 0.7), ...(p.attributes ? { attributes: p.attributes } : {}) };
  });
}

/** Sources whose organisation names may be a short form of a longer name in the same document. */
const SHORTENABLE = new Set(["org-context", "company-cue", "single-cued", "single-coordinated", "capitalised", "name+cued", "single+cued", "lexicon"]);

/** "Petroleum", "Holdings Ltd", "Engineering": the words a company's full name adds to its short name ("X Automecanica" is another company). */
function genericTail(rest: string): boolean {
  const c = cues();
  return rest.split(" ").every((w) => c.corporateWords.has(w.toLowerCase().replace(/\.$/, "")) || c.orgHeads.has(w.toLowerCase()) || c.companyNouns.has(w.toLowerCase()));
}

/**
 * "Ndoni" beside "Ndoni Petroleum", "Acme & Sons" beside "Acme & Sons Engineering": an organisation
 * name that begins exactly one longer organisation name of the document is its short form.
 */
export function linkOrgShortForms(mentions: MentionSpan[]): MentionSpan[] {
  const longer = new Map<string, Set<string>>(); // first word -> longer organisation names
  for (const m of mentions) {
    if (m.entityType !== "Organization" || m.confidence < MIN_CONFIDENCE || !m.text.includes(" ") || m.source.startsWith("acronym")) continue;
    const name = m.canonical ?? m.text;
    const w = name.split(" ")[0]!.toLowerCase();
    (longer.get(w) ?? longer.set(w, new Set()).get(w)!).add(name);
  }
  if (!longer.size) return mentions;
  return mentions.map((m) => {
    if (m.entityType !== "Organization" || m.canonical || !SHORTENABLE.has(m.source)) return m;
    const prefix = `${m.text.toLowerCase()} `;
    const owners = [...(longer.get(prefix.slice(0, prefix.indexOf(" "))) ?? [])].filter((o) => o.toLowerCase().startsWith(prefix) && genericTail(o.slice(prefix.length)));
    return owners.length === 1 ? { ...m, canonical: owners[0]!, source: `${m.source}+short`, confidence: Math.max(m.confidence, 0.7) } : m;
  });
}

/**
 * "the Storting, Norway's parliament,": a country's generic body in apposition to a name is that
 * name (the name becomes an organisation when it was only guessed).
 */
export function linkAppositiveBodies(text: string, mentions: MentionSpan[]): MentionSpan[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  const renamed = new Map<MentionSpan, MentionSpan>();
  for (let i = 1; i < sorted.length; i++) {
    const body = sorted[i]!;
    const name = sorted[i - 1]!;
    if (body.source !== "state-org" || name.end > body.start || text.slice(name.end, body.start) !== ", " || !/^[,.;]/.test(text.slice(body.end, body.end + 1))) continue;
    if (name.entityType === "Place" || name.source.startsWith("acronym") || (name.entityType === "Person" && !GUESSED.has(name.source))) continue;
    const canonical = name.canonical ?? name.text;
    renamed.set(body, { ...body, canonical, source: "state-org-apposition" });
    if (name.entityType !== "Organization") renamed.set(name, { ...name, entityType: "Organization", source: `${name.source}+apposition`, confidence: Math.max(name.confidence, MIN_CONFIDENCE + 0.1) });
  }
  return renamed.size ? mentions.map((m) => renamed.get(m) ?? m) : mentions;
}
