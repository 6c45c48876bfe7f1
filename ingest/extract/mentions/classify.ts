// Types one capitalised name (a run minus its titles): Place, Organization, Project, Event or Person.
import type { MentionSpan, Token } from "../types.js";
import type { EntityType } from "../../../graph/types.js";
import { cues, demonymCountry, lookupPlace, lookupTown, type PlaceInfo } from "../../gazetteer/index.js";
import { hasProperTag, isArticleName, isCommonWord, isInitial, type WordContext } from "./words.js";
import { appositionNouns, orgByContext, projectApposition, projectNounAfter } from "./org-context.js";
import { adminPhraseAfter, ageAfter, datelineAt, fromToPlace, datelineOutlet, featureAfter, personCueBefore, possessiveAfter, strongPlaceBefore, unitAfter, weakPlaceBefore } from "./name-cues.js";

/** Name particles inside personal names ("dos Santos", "van Dijk", "bin Salman", "Al Thani"). */
const PARTICLES = new Set(["de", "da", "das", "dos", "du", "del", "della", "der", "den", "di", "van", "von", "ter", "la", "le", "al", "el", "bin", "bint", "binte", "binti", "ibn", "ben", "arap"]);

/** "Ricardo dos Santos Vieira", "Mohammed bin Salman", "Jasem al-Budaiwi": names joined by particles. */
function particleName(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const c = cues();
  let particles = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (isArticleName(t) && i > a) particles++;
    else if (PARTICLES.has(t.normal) && i > a && i < b - 1) particles++;
    else if (!t.tags.includes("TitleCase") || c.orgHeads.has(t.normal) || c.placeHeads.has(t.normal) || c.titleHeads.has(t.normal) || lookupPlace(t.text)?.kind === "country") return false;
  }
  const first = tokens[a]!;
  return particles > 0 && b - a <= 7 && !isCommonWord(ctx, first, false) && !lookupPlace(first.text) && !c.placePrefixes.has(first.normal);
}

/** Hyphen-linked compounds: "Lashkar-e-X", "Tehrik-i-Y", "Koh-e-Z", "Noor-ud-Din" (Urdu, Persian and Arabic linking particles). */
const LINKED = /^(\p{L}+)-(?:e|i|ul|ud|ur|un|us|uz|al|ad|ar|as|at|o)-\p{Lu}/u;
const LINKED_PERSON = /^\p{Lu}\p{Ll}+-(?:e|i|ul|ud|ur|un|us|uz)-\p{Lu}\p{Ll}+$/u;

/** "Kataib X", "Harakat al-Y", "Ansar al-Z": a name opened by an organisation word (some only before an Arabic article word). */
function orgWordFirst(ctx: WordContext, a: number, b: number): boolean {
  const c = cues();
  const first = ctx.tokens[a]!.normal;
  if (b - a < 2) return false;
  if (c.orgNameWords.has(first)) return true;
  const next = ctx.tokens[a + 1]!;
  return c.articleOrgWords.has(first) && (isArticleName(next) || next.normal === "al" || next.normal === "el");
}

/** Unit heads of a body that the body's name may follow ("the 7th Division of the X Army"). */
const UNIT_HEADS = new Set(["division", "brigade", "battalion", "regiment", "corps", "command", "wing", "squadron", "unit", "directorate", "department", "bureau", "cell", "branch"]);

/** "X Y of the Z Party", "the 7th Division of the W Army": a person or a unit, then the body it belongs to, as two mentions. */
function splitOfBody(ctx: WordContext, a: number, b: number, titled: boolean): MentionSpan[] | undefined {
  const { tokens } = ctx;
  const c = cues();
  let o = -1;
  for (let i = a + 1; i < b - 1; i++) if (tokens[i]!.normal === "of") { o = i; break; }
  if (o < 0) return undefined;
  const p0 = tokens[o + 1]?.normal === "the" ? o + 2 : o + 1;
  if (b - p0 < 2) return undefined;
  const body = classifyName(ctx, p0, b, false);
  if (body[0]?.entityType !== "Organization" || body[0].source === "capitalised" || body[0].start !== tokens[p0]!.start || body[0].end !== tokens[b - 1]!.end) return undefined;
  const head = tokens.slice(a, o);
  if (c.orgHeads.has(tokens[o - 1]!.normal)) {
    const ordinal = /^\d+(?:st|nd|rd|th)$/.test(tokens[a]!.text);
    return UNIT_HEADS.has(tokens[o - 1]!.normal) && (o - a >= 2 || ordinal) && c.orgHeads.has(tokens[b - 1]!.normal) && !titled ? [span(ctx, a, o, "Organization", "unit-of", 0.75), ...body] : undefined;
  }
  const personLike = o - a >= 2 && o - a <= 4 && head.every((t) => t.tags.includes("TitleCase") && !c.orgHeads.has(t.normal) && !c.placeHeads.has(t.normal) && !c.titleHeads.has(t.normal) && !lookupPlace(t.text));
  const tagged = head[0]!.tags.some((t) => PERSON_TAGS.has(t)) || head[head.length - 1]!.tags.some((t) => PERSON_TAGS.has(t));
  return personLike && (titled || tagged) ? [span(ctx, a, o, "Person", titled ? "titled-name" : "name", 0.8), ...body] : undefined;
}

/** "Combined Military Hospital X", "Y University Z": an organisation head, then a known place that is part of the name. */
function orgThenPlace(ctx: WordContext, a: number, b: number): MentionSpan[] | undefined {
  const { tokens } = ctx;
  for (let k = b - 1; k >= Math.max(a + 2, b - 2); k--) {
    if (!cues().orgHeads.has(tokens[k - 1]!.normal)) continue;
    const place = lookupPlace(textOf(tokens, k, b, ctx.text));
    if (place) return [span(ctx, a, b, "Organization", "org-place", 0.75), placeSpan(ctx, k, b, place, "nested")];
  }
  return undefined;
}

/** Lower-case media nouns after a name that make it an outlet's name ("the X news agency", "Y television"). */
const MEDIA_AFTER = new Set(["news agency", "news channel", "news network", "news service", "television", "tv", "radio"]);
function mediaNounAfter(ctx: WordContext, b: number): boolean {
  const t = ctx.tokens[b];
  if (!t || !/^\p{Ll}/u.test(t.text)) return false;
  return MEDIA_AFTER.has(t.normal) || MEDIA_AFTER.has(`${t.normal} ${ctx.tokens[b + 1]?.normal ?? ""}`);
}

/** Lower-case route nouns after "X-Y" that make it a route even when neither end is a known place ("the X-Y road"). */
const ROUTE_AFTER = new Set(["road", "highway", "motorway", "expressway", "railway", "pipeline", "route", "corridor", "link"]);
/** Ethnic and religious adjectives by their shape ("Kurdish", "Shiite"): not a body's name before "forces". */
export const ADJECTIVE_SHAPED = /^\p{Lu}\p{Ll}+(?:[dklnrt]ish|ite|ian|ese)$/u;

const PAIR_RE = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

/**
 * "Lagos-Ibadan railway", "the X-Y road", "a Turkish-Chinese consortium": two place or demonym words joined by a hyphen
 * name a route or a pairing, not an entity; with a project noun after it, the route is a project ({end} after the noun).
 */
function routePair(ctx: WordContext, a: number, b: number): { end: number } | undefined {
  const m = PAIR_RE.exec(ctx.tokens[a]!.text);
  if (!m) return undefined;
  const known = (w: string) => !!demonymCountry(w) || !!lookupPlace(w);
  const after = ctx.tokens[b];
  if (!known(m[1]!) && !known(m[2]!) && !ROUTE_AFTER.has(after?.normal ?? "")) return undefined;
  if (!after || !/^\p{Ll}/u.test(after.text) || after.tags.includes("Verb") || !(after.tags.includes("Noun") || after.tags.includes("Adjective")) || after.tags.some((t) => t === "Conjunction" || t === "Preposition" || t === "Determiner")) return undefined; // "Kyzyl-Bel and X": a place
  return { end: projectNounAfter(ctx, b) };
}

/** "X Y air base", "Z phosphate mine": a lower-case modifier noun, then a place head, right after the name. */
function placePhraseAfter(ctx: WordContext, b: number): boolean {
  const mod = ctx.tokens[b];
  const head = ctx.tokens[b + 1];
  if (!mod || !head || !/^\p{Ll}/u.test(mod.text) || !/^\p{Ll}/u.test(head.text) || !cues().placeHeads.has(head.normal) || cues().notPlaces.has(head.normal)) return false;
  return (mod.tags.includes("Noun") || mod.tags.includes("Adjective")) && !mod.tags.some((t) => t === "Verb" || t === "Preposition" || t === "Determiner" || t === "Pronoun" || t === "Conjunction");
}

/** "a shared X market", "an X village": an indefinite article (and at most one lower-case word) before the name describes, it does not name a site. */
function indefiniteBefore(ctx: WordContext, a: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[a - 1];
  const k = prev && /^\p{Ll}/u.test(prev.text) && prev.normal !== "a" && prev.normal !== "an" ? a - 2 : a - 1;
  return tokens[k]?.normal === "a" || tokens[k]?.normal === "an";
}

/** True when the token is a linked compound headed by an organisation word ("Ittehad-ul-X"). */
export function isOrgCompound(t: Token): boolean {
  const head = LINKED.exec(t.text)?.[1]?.toLowerCase();
  return !!head && (cues().orgNameWords.has(head) || cues().orgHeads.has(head));
}

/** An organisation word ("Lashkar-e-X") or a place word at the start ("Koh-e-Z") heading a linked compound in the name. */
function compoundKind(tokens: Token[], a: number, b: number): "Organization" | "Place" | undefined {
  const c = cues();
  for (let i = a; i < b; i++) {
    const head = LINKED.exec(tokens[i]!.text)?.[1]?.toLowerCase();
    if (!head) continue;
    if (i === a && c.placePrefixes.has(head)) return "Place";
    if (c.orgNameWords.has(head) || c.orgHeads.has(head)) return "Organization";
  }
  return undefined;
}

/** First words of UN agencies named "... Programme" ("World Food Programme", "UN Development Programme"). */
const AGENCY_PREFIXES = new Set(["world", "un", "united"]);
/** Prepositions after which an "al-X" word alone is a place ("in al-X"); "to" and "from" also introduce groups ("loyal to al-Y"). */
const SITE_PREPOSITIONS = new Set(["in", "at", "near", "towards", "toward", "outside", "around", "inside", "into"]);
/** Route nouns before "to X" ("the road to al-X"). */
const ROUTE_NOUNS = new Set(["road", "highway", "motorway", "route", "flights", "trains"]);

const DETERMINERS_BEFORE = new Set(["the", "a", "an", "its", "his", "her", "their", "local", "area"]);

const PERSON_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person"]);

function span(ctx: WordContext, a: number, b: number, entityType: EntityType, source: string, confidence: number): MentionSpan {
  const first = ctx.tokens[a]!;
  const start = first.start;
  const end = ctx.tokens[b - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end), entityType, sentence: first.sentence, source, confidence };
}

/** Confidence of a gazetteer city's mention (countries and states get 0.9). */
export const CITY_CONFIDENCE = 0.8;

function placeSpan(ctx: WordContext, a: number, b: number, place: PlaceInfo, source: string): MentionSpan {
  const m = span(ctx, a, b, "Place", source, place.kind === "city" ? CITY_CONFIDENCE : 0.9);
  m.canonical = place.name;
  m.attributes = { ...(place.countryCode ? { countryCode: place.countryCode } : {}), ...(place.lat !== undefined ? { lat: place.lat, lon: place.lon } : {}) };
  return m;
}

function textOf(tokens: Token[], a: number, b: number, full: string): string {
  return b > a ? full.slice(tokens[a]!.start, tokens[b - 1]!.end) : "";
}

/** Longest gazetteer place made of tokens[a, k) for some k < b (the "X" in "X University"). */
function leadingPlace(ctx: WordContext, a: number, b: number): [PlaceInfo, number] | undefined {
  for (let k = b - 1; k > a; k--) {
    const p = lookupPlace(textOf(ctx.tokens, a, k, ctx.text));
    if (p) return [p, k];
  }
  return undefined;
}

/** Words after a place that name a police or military jurisdiction ("X Region", "Y Range"). */
const JURISDICTION = new Set(["region", "range", "zone", "division", "district", "sector", "circle"]);

/** "DIG X Region Y Z", "IGP X Y Z": a place between a title and a person's name is the post's jurisdiction. */
function jurisdictionFirst(ctx: WordContext, a: number, b: number): MentionSpan[] | undefined {
  const { tokens } = ctx;
  const lead = leadingPlace(ctx, a, b);
  let k = lead ? lead[1] : a + 1; // an unknown place needs its jurisdiction word ("X Region")
  if (k < b && JURISDICTION.has(tokens[k]!.normal)) k++;
  else if (!lead || tokens[a]!.tags.some((t) => PERSON_TAGS.has(t))) return undefined; // "President Hassan Ali X": a first name, not a town
  if (b - k < 2 || b - k > 4 || lookupPlace(tokens[k]!.text) || !tokens.slice(k, b).every((t) => t.tags.includes("TitleCase"))) return undefined;
  const place = lead ? placeSpan(ctx, a, k, lead[0], "jurisdiction") : { ...span(ctx, a, k - 1, "Place", "jurisdiction", 0.7) };
  return [place, span(ctx, k, b, "Person", "titled-name", 0.8)];
}

/** "Indian Army", "Norway’s Navy": a country's (or its demonym's) generic state body -> "<Country> <Body>". */
function stateBody(ctx: WordContext, a: number, b: number): string | undefined {
  const { tokens } = ctx;
  const suffix = b - a >= 2 ? cues().stateOrgNouns.get(textOf(tokens, a + 1, b, ctx.text).toLowerCase()) : undefined;
  if (suffix && b - a <= 3) {
    const country = demonymCountry(tokens[a]!.text) ?? lookupPlace(tokens[a]!.text);
    if (country?.kind === "country") return `${country.name} ${suffix}`;
  }
  const before = tokens[a - 1];
  const whole = cues().stateOrgNouns.get(textOf(tokens, a, b, ctx.text).toLowerCase());
  if (whole && before?.tags.includes("Possessive")) {
    const owner = tokens[a - 2] && lookupPlace(tokens[a - 2]!.text);
    if (owner?.kind === "country") return `${owner.name} ${whole}`;
  }
  return undefined;
}

function orgWordIn(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (cues().orgHeads.has(tokens[i]!.normal)) return true;
  return false;
}

/** Words before "of Operation X" that make the operation a force with members ("troops of", "the commander of"). */
const FORCE_MEMBERS = new Set(["troops", "soldiers", "operatives", "personnel", "commander", "spokesman", "spokesperson", "head", "headquarters", "units", "officers"]);
/** Words of an apposition that describe a force ("Operation X, the joint task force in the north"). */
const FORCE_WORDS = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:task force|force|mission|command)\b/i;

/** "troops of Operation X", "the army's Operation Y (OY)", "Operation Z, the joint task force": a standing force, not a programme. */
function operationAsForce(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const before = tokens[a - 1];
  if (before?.normal === "of" && FORCE_MEMBERS.has(tokens[a - 2]?.normal ?? "")) return true;
  if (before?.tags.includes("Possessive") || (tokens[b]?.text === "(" && tokens[b + 1]?.tags.includes("Acronym"))) return true;
  return FORCE_WORDS.test(ctx.text.slice(tokens[b - 1]!.end, tokens[b - 1]!.end + 60));
}

/** A double surname joined by a hyphen ("Kofi-Mensah"). */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** A word with a capital inside ("DataVault"), and name prefixes that make such words personal names ("McKay", "DeLuca"). */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;
/** Lower-case nouns after a name that make it an organisation's name ("the X presidential office"). */
const OWNED_NOUNS = new Set(["office", "company", "group", "agency", "firm", "consortium"]);

const APPOSITION_END = new Set([",", ".", ";", "of", "in", "that", "which", "based", "with", "and", "—", ")"]);
/** Words that end the search for an apposition's head noun ("X, the head of the agency," is a person). */
const APPOSITION_STOP = new Set(["of", "for", "at", "in", "to", "with", "from", "by", "on", "who", "whose"]);

/** "arms maker X", "X, the group's Romanian subsidiary,": a company noun right before the name or heading its apposition. */
export function companyCue(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const nouns = cues().companyNouns;
  const { nouns: appositive, its } = appositionNouns();
  const before = tokens[a - 1];
  if (before && nouns.has(before.normal) && /^\p{Ll}/u.test(before.text)) return true;
  if (tokens[b]?.text !== ",") return false;
  const det = tokens[b + 1]?.normal ?? "";
  if (det !== "a" && det !== "an" && det !== "the" && det !== "its") return false;
  for (let k = b + 2; k < Math.min(tokens.length - 1, b + 7); k++) {
    const t = tokens[k]!;
    if (t.tags[0] === "Punctuation" && t.text !== "'s" && t.text !== "’s" && !t.tags.includes("Possessive")) return false;
    if (APPOSITION_STOP.has(t.normal)) return false;
    const head = appositive.has(t.normal) || (det === "its" && its.has(t.normal));
    if (head && (/^\p{Ll}/u.test(t.text) || t.tags.includes("Acronym")) && (APPOSITION_END.has(tokens[k + 1]!.normal) || APPOSITION_END.has(tokens[k + 1]!.text) || /^\p{Ll}[\p{Ll}-]*(?:ed|-run|-led)$/u.test(tokens[k + 1]!.text))) return true; // "..., the operator owned by"
  }
  return false;
}

const APPROXIMATELY = new Set(["about", "some", "nearly", "around", "roughly", "barely", "just", "only", "almost", "over"]);
const DISTANCE_UNITS = new Set(["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"]);

/** "X, about 20 km from Y", "X, 40 kilometres north of Z": a distance from another place after the name. */
function distanceApposition(ctx: WordContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ",") return false;
  let k = b + 1;
  if (APPROXIMATELY.has(tokens[k]?.normal ?? "")) k++;
  if (!/^\d[\d,.]*$/.test(tokens[k]?.text ?? "")) return false;
  k++;
  if (!DISTANCE_UNITS.has(tokens[k]?.normal ?? "")) return false;
  k++;
  while (k < b + 8 && (cues().compassWords.has(tokens[k]?.normal ?? "") || /^(?:north|south|east|west)(?:-?(?:east|west))?$/.test(tokens[k]?.normal ?? ""))) k++;
  return tokens[k]?.normal === "from" || tokens[k]?.normal === "of";
}

/** Settlement nouns besides the place heads ("a farming community in"). */
const SETTLEMENT_NOUNS = new Set(["community", "municipality", "locality", "hamlet", "settlement"]);

/** ", a [up to two words] town|village|community in|near|on ..." right after the name. */
function settlementApposition(ctx: WordContext, b: number): boolean {
  const { tokens } = ctx;
  if (distanceApposition(ctx, b)) return true;
  if (tokens[b]?.text !== "," || (tokens[b + 1]?.normal !== "a" && tokens[b + 1]?.normal !== "an")) return false;
  for (let k = b + 2; k < b + 5; k++) {
    const t = tokens[k];
    if (!t || !/^\p{Ll}/u.test(t.text)) return false;
    if ((cues().placeHeads.has(t.normal) || SETTLEMENT_NOUNS.has(t.normal)) && ["in", "near", "on", "outside"].includes(tokens[k + 1]?.normal ?? "")) return true;
  }
  return false;
}

const INITIAL_RE = /^\p{Lu}$/u;
const DOTTED_INITIALS_RE = /^(?:\p{Lu}\.){1,3}$/u;

/** "Jane Q. Doe", "K.C. Sharma-Rao": initials and capitalised name words only, ending in a name word. */
function initialsName(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const c = cues();
  let initials = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (INITIAL_RE.test(t.text) && tokens[i + 1]?.text === "." && i + 1 < b - 1) [initials, i] = [initials + 1, i + 1];
    else if (i === a && DOTTED_INITIALS_RE.test(t.text) && !lookupPlace(t.text.replace(/\./g, ""))) initials++;
    else if (!t.tags.includes("TitleCase") || c.orgHeads.has(t.normal) || c.placeHeads.has(t.normal) || lookupPlace(t.text)) return false;
  }
  return initials > 0 && b - a <= 7 && tokens[b - 1]!.tags.includes("TitleCase");
}

/** Mentions for the name tokens[a, b); `titled` when a person title stands right before it. */
export function classifyName(ctx: WordContext, a: number, b: number, titled: boolean): MentionSpan[] {
  const { tokens } = ctx;
  const c = cues();
  const n = b - a;
  const first = tokens[a]!;
  const last = tokens[b - 1]!;
  const text = textOf(tokens, a, b, ctx.text);
  const pair = n === 1 && !titled ? routePair(ctx, a, b) : undefined;
  if (pair) return pair.end > 0 ? [span(ctx, a, pair.end, "Project", "route-pair", 0.7)] : [];
  if (n === 1 && first.tags.includes("Acronym")) {
    const bare = first.text.replace(/\./g, "");
    const country = c.countryAcronyms.has(bare) ? lookupPlace(bare) : undefined;
    if (country) return [placeSpan(ctx, a, b, country, "gazetteer")];
    const place = bare.length >= 4 ? lookupPlace(bare) : undefined; // a dateline in capitals
    if (place) return [placeSpan(ctx, a, b, place, "gazetteer")];
    if (c.rankTitles.has(first.normal) && tokens[b]?.tags.includes("TitleCase") && !c.orgHeads.has(tokens[b]!.normal)) return []; // "DIG Investigation X Region": a post before its jurisdiction
    if (c.rankTitles.has(first.normal) && DETERMINERS_BEFORE.has(tokens[a - 1]?.normal ?? "") && tokens[b]?.text !== ")" && !c.orgHeads.has(tokens[b]?.normal ?? "")) return []; // "the SHO said": a post, not a body ("the SP party" is one)
    if (datelineAt(ctx, a)) return [{ ...span(ctx, a, b, "Place", "dateline", 0.7), canonical: first.text[0] + first.text.slice(1).toLowerCase() }]; // "MIRANSHAH, Nov 18:"
    return [span(ctx, a, b, "Organization", "acronym", 0.6)];
  }
  if (!titled && datelineOutlet(ctx, a, b) && !lookupPlace(text)) return [span(ctx, a, b, "Organization", "dateline-outlet", 0.7)]; // "ERBIL, Nov 22 (X Report) -"
  const jurisdiction = titled && n >= 3 ? jurisdictionFirst(ctx, a, b) : undefined;
  if (jurisdiction) return jurisdiction;
  const compound = compoundKind(tokens, a, b);
  const ofBody = n >= 4 ? splitOfBody(ctx, a, b, titled) : undefined;
  if (ofBody) return ofBody;
  if (compound) return [span(ctx, a, b, compound, compound === "Place" ? "place-compound" : "org-compound", 0.75)];
  const orgPlace = n >= 3 && !titled && !tokens.slice(a, b).some((t) => t.normal === "of") ? orgThenPlace(ctx, a, b) : undefined;
  if (orgPlace) return orgPlace;
  if (!titled && orgWordFirst(ctx, a, b)) return [span(ctx, a, b, "Organization", "org-name-word", 0.75)]; // "Kataib X", "Ansar al-Y"
  if (n >= 2 && initialsName(ctx, a, b)) return [span(ctx, a, b, "Person", "initials-name", 0.8)];
  const ofAt = tokens.slice(a, b).findIndex((t) => t.normal === "of");
  if (ofAt > 0 && !lookupPlace(text)) {
    const o = a + ofAt;
    const p0 = tokens[o + 1]?.normal === "the" ? o + 2 : o + 1; // "X of the Y"
    const place = lookupPlace(textOf(tokens, p0, b, ctx.text));
    if (place && o - a >= 3 && c.orgHeads.has(tokens[o - 1]!.normal))
      return [...classifyName(ctx, a, o, titled), placeSpan(ctx, p0, b, place, "nested")];
    if (place && o - a <= 2) {
      const org = span(ctx, a, b, "Organization", "org-of", 0.8);
      const suffix = c.stateOrgNouns.get(textOf(tokens, a, o, ctx.text).toLowerCase());
      if (suffix && place.kind === "country") org.canonical = `${place.name} ${suffix}`;
      if (c.orgHeads.has(tokens[o - 1]!.normal)) return [org, placeSpan(ctx, p0, b, place, "nested")];
    }
    if (!place && c.orgHeads.has(tokens[o - 1]!.normal)) return [span(ctx, a, b, "Organization", "org-of", 0.75)]; // "Ministry of X"
    if (o - a === 1 && c.placeHeads.has(first.normal) && !c.notPlaces.has(first.normal) && !c.orgHeads.has(last.normal)) return [span(ctx, a, b, "Place", "place-of", 0.75)]; // "Strait of X", "Gulf of Y"
    if (place && !orgWordIn(tokens, a, o)) return [...classifyName(ctx, a, o, titled), placeSpan(ctx, p0, b, place, "gazetteer")]; // "X Y of Norway"
  }
  const forAt = tokens.slice(a, b).findIndex((t) => t.normal === "for" || t.normal === "on"); // "Office for X", "Commission on Y"
  if (forAt > 0 && c.orgHeads.has(tokens[a + forAt - 1]!.normal)) return [span(ctx, a, b, "Organization", "org-for", 0.75)]; // "Office for X"
  if (demonymCountry(text)) return []; // "South African"
  if (!titled && !lookupPlace(text) && !particleName(ctx, a, b) && companyCue(ctx, a, b)) {
    // "Follow the Money, an investigative outlet": a capitalised word and "the" before belong to the name
    const lead = tokens[a - 1]?.text === "the" && tokens[a - 2]?.tags.includes("TitleCase") && !isInitial(ctx, a - 2) ? a - 2 : a;
    return [span(ctx, lead, b, "Organization", "company-cue", 0.75)];
  }
  const place = lookupPlace(text) ?? (n >= 2 && c.adminSuffixes.has(last.normal) ? lookupPlace(textOf(tokens, a, b - 1, ctx.text)) : undefined);
  if (place && !titled && mediaNounAfter(ctx, b)) return [span(ctx, a, b, "Organization", "media", 0.7)]; // "the X news agency" (X also a place's name)
  if (place && !titled) return [placeSpan(ctx, a, featureAfter(ctx, b) === b ? b + 1 : b, place, "gazetteer")]; // "X river": the feature word joins the alias
  const projectEnd = !titled && !orgWordIn(tokens, a, b) ? projectNounAfter(ctx, b) : 0;
  if (projectEnd) return [{ ...span(ctx, a, b, "Project", "project-noun", 0.75), canonical: textOf(tokens, a, projectEnd, ctx.text) }]; // "the X (hydroelectric) dam": named with its noun phrase, "X" an alias
  if (!titled && projectApposition(ctx, a, b)) return [span(ctx, a, b, "Project", "project-noun", 0.75)];
  const follower = tokens[b];
  if (n >= 2 && !titled && follower && /^\p{Ll}/u.test(follower.text) && c.groupNouns.get(follower.normal) === "militants")
    return [span(ctx, a, b, "Organization", "armed-group", 0.7)]; // "X Y fighters": the group's name
  if (n >= 2 && !titled && follower && /^\p{Ll}/u.test(follower.text) && c.orgNounsAfter.has(follower.normal) && !first.tags.some((t) => PERSON_TAGS.has(t)))
    return [span(ctx, a, b, "Organization", "org-noun", 0.7)]; // "the X Y group", "the Z W faction"
  const before = tokens[a - 1];
  if (before?.normal === "of" && c.placeHeads.has(tokens[a - 2]?.normal ?? "") && /^\p{Ll}/u.test(tokens[a - 2]!.text) && !c.orgHeads.has(last.normal))
    return [span(ctx, a, b, "Place", "place-of", 0.75)]; // "the village of X"
  if (n >= 2 && !titled && tokens.slice(a, b).some((t) => c.corporateWords.has(t.normal) && (t.tags.includes("TitleCase") || (t.tags.includes("Acronym") && t === last)))) return [span(ctx, a, b, "Organization", "corporate-word", 0.75)];
  if (n >= 2 && (last.normal === "programme" || last.normal === "program") && AGENCY_PREFIXES.has(first.normal)) return [span(ctx, a, b, "Organization", "agency-programme", 0.75)]; // "World Food Programme": a UN agency
  if (n >= 2 && c.projectHeads.has(last.normal)) return [span(ctx, a, b, "Project", "project-head", 0.75)];
  if (n >= 2 && c.eventHeads.has(last.normal)) return [span(ctx, a, b, "Event", "event-head", 0.6)];
  if (n >= 2 && first.normal === "operation") return [span(ctx, a, b, operationAsForce(ctx, a, b) ? "Organization" : "Project", "operation-name", 0.7)]; // "Operation X": a named programme of action, or the force that runs it
  if (n >= 2 && first.normal === "exercise") return [span(ctx, a, b, "Event", "event-name", 0.6)];
  const media = tokens.slice(a, b).some((t) => c.mediaWords.has(t.normal));
  if ((n >= 2 && c.orgHeads.has(last.normal)) || (media && n >= 2)) {
    const org = span(ctx, a, b, "Organization", media ? "media" : "org-head", 0.8);
    const state = stateBody(ctx, a, b);
    if (state) org.canonical = state;
    else if (c.stateOrgNouns.has(text.toLowerCase())) return [{ ...org, source: "bare-body", confidence: 0.3 }]; // "the Air Force"
    const lead = leadingPlace(ctx, a, b);
    return lead && !(lead[1] - a === 1 && isCommonWord(ctx, first, false)) ? [org, placeSpan(ctx, a, lead[1], demonymCountry(textOf(tokens, a, lead[1], ctx.text)) ?? lead[0], "nested")] : [org]; // "Somali Red Crescent": Somalia
  }
  if (n >= 3 && first.normal === "islamic" && tokens[a + 1]!.normal === "state") return [span(ctx, a, b, "Organization", "movement-branch", 0.75)]; // "Islamic State X Province": a branch of the movement, not a province
  if (n >= 2 && c.placeHeads.has(last.normal)) return [span(ctx, a, b, "Place", "place-head", 0.7)];
  if (n === 1 && c.orgHeads.has(first.normal)) {
    const state = stateBody(ctx, a, b);
    if (!state) return [span(ctx, a, b, "Organization", "bare-body", 0.3)]; // "the Army": kept only if the document names one
    return [{ ...span(ctx, a, b, "Organization", "state-org", 0.75), canonical: state }];
  }
  if (n === 1 && demonymCountry(first.text)) return [];
  if (place) return [placeSpan(ctx, a, b, place, "gazetteer")];
  const personTagged = PERSON_TAGS.has(first.tags.find((t) => PERSON_TAGS.has(t)) ?? "") || last.tags.some((t) => PERSON_TAGS.has(t));
  const allNames = tokens.slice(a, b).every((t, i) => (t.tags.includes("TitleCase") && !isCommonWord(ctx, t, false)) || (i >= 2 && t.text.length === 3 && t.tags.includes("Month"))); // "Sher Ali Jan"
  const after = tokens[b];
  if (!titled && after && /^\p{Ll}/u.test(after.text) && (c.placeHeads.has(after.normal) || featureAfter(ctx, b) === b) && !c.orgHeads.has(last.normal) && !indefiniteBefore(ctx, a))
    return featureAfter(ctx, b) === b
      ? [{ ...span(ctx, a, b + 1, "Place", "place-noun", 0.7), canonical: text }] // "X river", "Y valley": the feature word stays in the alias
      : [span(ctx, a, b, "Place", "place-noun", 0.7)]; // "X province", "Y Z area"
  if (!titled && !c.orgHeads.has(last.normal) && (settlementApposition(ctx, b) || adminPhraseAfter(ctx, b) || placePhraseAfter(ctx, b))) return [span(ctx, a, b, "Place", "place-apposition", 0.7)]; // "X Y, a town in Z", "X local government area"
  if (!titled && after && /^\p{Ll}/u.test(after.text) && c.adminNouns.has(after.normal) && c.locativePrepositions.has(tokens[a - 1]?.normal ?? "") && !c.orgHeads.has(last.normal))
    return [span(ctx, a, b, "Place", "admin-noun", 0.7)]; // "in X agency", "in Y division"
  if (n >= 2 && n <= 3 && c.compassWords.has(first.normal) && !orgWordIn(tokens, a, b) && !demonymCountry(last.text))
    return [span(ctx, a, b, "Place", "compass", 0.65)]; // "North X", "Upper Y"
  if (n === 1 && !titled && isArticleName(first) && (SITE_PREPOSITIONS.has(tokens[a - 1]?.normal ?? "") || (tokens[a - 1]?.normal === "to" && ROUTE_NOUNS.has(tokens[a - 2]?.normal ?? "")) || fromToPlace(ctx, a, b)) && !possessiveAfter(ctx, b)) return [span(ctx, a, b, "Place", "article-place", 0.6)]; // "in al-X", "the road to al-Y"
  if (n === 1 && !titled && isArticleName(first)) return [span(ctx, a, b, "Organization", "article-name", 0.6)]; // "al-X" alone: a movement, unless a person's full name claims it
  if (n === 1 && c.placePrefixes.has(first.normal) && /^\d{1,4}$/.test(tokens[b]?.text ?? "")) return [span(ctx, a, b + 1, "Place", "place-prefix", 0.7)]; // "Chak 42"
  if (n === 1 && LINKED_PERSON.test(first.text) && !titled && (weakPlaceBefore(ctx, a) || strongPlaceBefore(ctx, a)) && !possessiveAfter(ctx, b)) return [span(ctx, a, b, "Place", "linked-place", 0.6)]; // "in Gulshan-e-X": a neighbourhood
  if (n === 1 && LINKED_PERSON.test(first.text) && !lookupPlace(first.text) && tokens[b]?.text !== "(") return [span(ctx, a, b, "Person", "linked-name", titled ? 0.7 : 0.55)]; // "Imtiaz-ul-Haq said"
  if (n === 1) {
    const prep = ctx.tokens[a - 1]?.normal ?? "";
    if (!titled && (strongPlaceBefore(ctx, a) || fromToPlace(ctx, a, b)) && !possessiveAfter(ctx, b)) return [span(ctx, a, b, "Place", "locative", 0.6)]; // "towards X", "residents of Y", "from X to Y"
    if (!titled && (personCueBefore(ctx, a) || (ageAfter(ctx, b) && !PARTICLES.has(tokens[a - 1]?.text ?? "")))) return [span(ctx, a, b, "Person", "single-person", 0.6)]; // "identified as X"
    if (!titled && before && /^\p{Ll}/u.test(before.text) && c.titleHeads.has(before.normal) && !c.orgHeads.has(first.normal) && !isCommonWord(ctx, first, false)) return [span(ctx, a, b, "Person", "single-person", 0.6)]; // "the agency's chief X said"
    if (!titled && !personTagged && !ADJECTIVE_SHAPED.test(first.text) && unitAfter(ctx, b)) return [span(ctx, a, b, "Organization", "unit-noun", 0.65)]; // "the X special forces"
    if (!titled && c.locativePrepositions.has(prep)) {
      const town = lookupTown(first.text);
      if (town) return [placeSpan(ctx, a, b, town, "town")];
    }
    if (!titled && !personTagged && !c.titleModifiers.has(first.normal) && orgByContext(ctx, a, b)) return [span(ctx, a, b, "Organization", "org-context", 0.7)]; // "shares of X", "X's chief executive"
    if (titled || personTagged) return [span(ctx, a, b, "Person", "single-person", titled ? 0.7 : 0.5)];
    const next = tokens[b];
    const lowerNext = !!next && /^\p{Ll}/u.test(next.text);
    if (lowerNext && c.titleHeads.has(next.normal) && tokens[b + 1]?.tags.includes("TitleCase") && !c.titleModifiers.has(first.normal)) // "Defence counsel X": a portfolio, not a body
      return [span(ctx, a, b, "Organization", "org-title", 0.6)]; // "X spokesman Y Z"
    if (c.mediaWords.has(first.normal) && !isCommonWord(ctx, first)) return [span(ctx, a, b, "Organization", "media", 0.7)];
    if (!personTagged && CAMEL_CASE.test(first.text) && !NAME_PREFIX.test(first.text)) return [span(ctx, a, b, "Organization", "camel-case", 0.6)]; // "DataVault", "PetroNova"
    const owned = lowerNext && (OWNED_NOUNS.has(next.normal) || (/^\p{Ll}/u.test(tokens[b + 1]?.text ?? "") && OWNED_NOUNS.has(tokens[b + 1]!.normal)));
    if (owned && !personTagged) return [span(ctx, a, b, "Organization", "org-noun", 0.6)]; // "the X presidential office said"
    if (first.tags.includes("City") || first.tags.includes("Country") || first.tags.includes("Region")) return [span(ctx, a, b, "Place", "lexicon", 0.6)];
    if (first.tags.includes("Organization")) return [span(ctx, a, b, "Organization", "lexicon", 0.6)];
    if (c.weakLocativePrepositions.has(prep) && !hasProperTag(first)) return [span(ctx, a, b, "Place", "locative", 0.5)];
    return [span(ctx, a, b, "Person", "single", hasProperTag(first) ? 0.4 : 0.3)];
  }
  if (!titled && n >= 2 && n <= 5 && c.orgHeads.has(first.normal) && !c.stateOrgNouns.has(first.normal) && !isInitial(ctx, a)) return [span(ctx, a, b, "Organization", "org-first", 0.7)]; // "Banco X", "Grupo Y"
  const particles = particleName(ctx, a, b);
  if (particles && !titled && !personTagged && !possessiveAfter(ctx, b) && (strongPlaceBefore(ctx, a) || weakPlaceBefore(ctx, a) || fromToPlace(ctx, a, b)))
    return [span(ctx, a, b, "Place", "locative-name", 0.6)]; // "a camp in Amiriyat al-X", "in Y da Z"
  if (particles) return [span(ctx, a, b, "Person", titled ? "titled-name" : "name-particle", 0.8)];
  if (!titled && n <= 3 && c.placeSuffixWords.has(last.normal) && !orgWordIn(tokens, a, b) && !possessiveAfter(ctx, b)) return [span(ctx, a, b, "Place", "place-suffix", 0.65)]; // "X Qala", "Y Kalay"
  if (!titled && n <= 4 && c.placePrefixes.has(first.normal) && !orgWordIn(tokens, a, b) && tokens.slice(a + 1, b).every((t) => t.tags.includes("TitleCase") || PARTICLES.has(t.text)))
    return [span(ctx, a, b, "Place", "place-prefix", 0.7)]; // "Puerto X", "Lake Y"
  if (!titled && n <= 3 && !orgWordIn(tokens, a, b) && tokens.slice(a, b).every((t) => t.tags.includes("TitleCase")) && !possessiveAfter(ctx, b) && (strongPlaceBefore(ctx, a) || fromToPlace(ctx, a, b) || (weakPlaceBefore(ctx, a) && !personTagged)))
    return [span(ctx, a, b, "Place", "locative-name", 0.6)]; // "towards X Y", "in Z W" (no personal-name word)
  const national = tokens.slice(a, b).some((t) => demonymCountry(t.text) || lookupPlace(t.text)?.kind === "country");
  if (national && !titled) return [span(ctx, a, b, "Organization", "national-name", 0.55)]; // "Royal Thai ...", "Kenya Ports ..."
  if (titled && n <= 4 && tokens.slice(a, b).every((t) => t.tags.includes("TitleCase"))) return [span(ctx, a, b, "Person", "titled-name", 0.8)];
  if (!titled && !personTagged && n <= 3 && orgByContext(ctx, a, b)) return [span(ctx, a, b, "Organization", "org-context", 0.7)];
  const titleWord = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text) && c.titleHeads.has(t.normal);
  const lowTitle = titleWord(before) || (before?.text === "," && titleWord(tokens[a - 2]) && tokens[b]?.text === ","); // "police spokesman A B C D", "its secretary, A B C,"
  if (lowTitle && !titled && n >= 2 && n <= 4 && tokens.slice(a, b).every((t) => t.tags.includes("TitleCase") && !c.orgHeads.has(t.normal) && !c.placeHeads.has(t.normal) && !c.titleModifiers.has(t.normal) && !c.projectHeads.has(t.normal) && !lookupPlace(t.text)))
    return [span(ctx, a, b, "Person", "name", 0.7)]; // "chairperson Asad Iqbal Butt": name words after a lower-case title, even with a common last word
  if (!titled && n >= 2 && n <= 4 && DOUBLE_SURNAME.test(last.text) && !LINKED.test(last.text) && tokens.slice(a, b).every((t) => t.tags.includes("TitleCase") && !c.orgHeads.has(t.normal) && !c.placeHeads.has(t.normal) && !c.compassWords.has(t.normal) && !lookupPlace(t.text)))
    return [span(ctx, a, b, "Person", "name", 0.7)]; // "Amara Kofi-Mensah": a double surname ends a person's name
  if (n <= 4 && allNames && (titled || personTagged || n <= 3 || lowTitle)) return [span(ctx, a, b, "Person", titled ? "titled-name" : "name", titled || personTagged ? 0.85 : 0.6)];
  return [span(ctx, a, b, "Organization", "capitalised", 0.45)];
}
