// Named-entity recognition for one document: group patterns, then capitalised runs split by titles.
import type { MentionSpan, RoleSpan, Sentence, Token } from "../types.js";
import { cues, lookupPlace } from "../../gazetteer/index.js";
import { armedNames, findGroups } from "./groups.js";
import { OFFICE_BODIES, capitalRuns, isOfficeHolder } from "./spans.js";
import { matchTitle } from "./titles.js";
import { classifyName, companyCue, isOrgCompound } from "./classify.js";
import { institutionTitleAt, orgByContext } from "./org-context.js";
import { hasProperTag, isArticleName, isCap, isCommonWord, isInitial, lowerCaseWords, type WordContext } from "./words.js";
import { boostByContext } from "./context.js";
import { findKnownAs } from "./known-as.js";
import { findNicknamed } from "./nicknames.js";
import { findBareGroups } from "./bare-groups.js";
import { findAliases } from "./aliases.js";
import { findHyphenNames } from "./hyphen-names.js";
import { takeCreditLines } from "./credits.js";
import { matchesInitials } from "../resolve/acronyms.js";
import { tokenIndexAt } from "../resolve/token-index.js";

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);
const LINKS = new Set(["of", "for", "and", "&"]);
const EDGE_CONNECTORS = new Set(["of", "for", "&", "the", "and", "."]);

export interface Recognized {
  mentions: MentionSpan[];
  roles: RoleSpan[];
}

function headed(tokens: Token[], a: number, b: number): boolean {
  const c = cues();
  const last = tokens[b - 1]!.normal;
  return b - a >= 2 && (c.orgHeads.has(last) || c.projectHeads.has(last) || c.eventHeads.has(last));
}

/** "Militants of the X Front" at a sentence start: the word before "of (the)" is not part of the name. */
function trimLeadIn(ctx: WordContext, a: number, b: number): number {
  const { tokens } = ctx;
  const c = cues();
  const first = tokens[a]!;
  if (!isInitial(ctx, a) || tokens[a + 1]?.normal !== "of" || c.orgHeads.has(first.normal) || matchTitle(tokens, a, b) > 0) return a;
  if (lookupPlace(first.text) || c.placeHeads.has(first.normal) || c.projectHeads.has(first.normal) || c.eventHeads.has(first.normal)) return a;
  const rest = tokens[a + 2]?.normal === "the" ? a + 3 : a + 2;
  return rest < b && (headed(tokens, rest, b) || isOrgCompound(tokens[rest]!) || (b - rest === 1 && c.orgHeads.has(tokens[rest]!.normal))) ? rest : a; // "Troops of the Army"
}

/** True when "(ACR)" follows tokens[a, b) and the acronym spells the initials of the whole run. */
function definedByAcronym(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const acr = tokens[b + 1];
  if (b - a < 2 || tokens[b]?.text !== "(" || tokens[b + 2]?.text !== ")" || !acr?.tags.includes("Acronym")) return false;
  return matchesInitials(acr.text, ctx.text.slice(tokens[a]!.start, tokens[b - 1]!.end));
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Singular unit heads named by a bare number ("the 80 Force", "111 Brigade"); plural heads after a number are counts ("12 Marines"). */
const NUMBERED_UNITS = new Set(["force", "unit", "brigade", "division", "corps", "regiment", "battalion", "squadron", "flotilla"]);

/** "the 7 Division of ...", "the army's 92 Base Hospital": a bare number after "the" or a possessive, then a unit word or a body's name, is the unit's number, not a count. */
function numberedBody(tokens: Token[], r0: number, b: number): boolean {
  const det = tokens[r0 - 2];
  if (!det || !(det.normal === "the" || det.tags.includes("Possessive"))) return false;
  return NUMBERED_UNITS.has(tokens[r0]!.normal) || (cues().orgHeads.has(tokens[b - 1]!.normal) && !/s$/.test(tokens[b - 1]!.normal) || tokens[b - 1]!.normal === "rifles");
}

/** A plural agent noun ("Auditors", "Analysts", "Technicians"): at a sentence start, an ordinary word. */
const AGENT_PLURAL = /^\p{Lu}\p{Ll}{3,}(?:ors|ists|ants|ians|esses)$/u;
/** An abstract noun shaped by its suffix ("Opposition", "Government", "Awareness"): at a sentence start, an ordinary word. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness|ity|ance|ence)$/u;

/** "Elering, the grid operator,": an unknown word only shaped like an English word, with organisation context, stays a name. */
function shapedLikeWordButNamed(ctx: WordContext, a: number, b: number): boolean {
  return b - a === 1 && !isCommonWord(ctx, ctx.tokens[a]!, false) && (orgByContext(ctx, a, b) || companyCue(ctx, a, b));
}

/** Drops a leading determiner or a sentence-initial ordinary word ("According", "During"), unless it is a title. */
function trimStart(ctx: WordContext, a: number, b: number): number {
  if (definedByAcronym(ctx, a, b)) return a; // "Doctors Without Borders (MSF)": the acronym vouches for the first word
  if ((isInitial(ctx, a) || ctx.tokens[a]!.text === "The") && b - a >= 2 && lookupPlace(ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end))) return a; // "New Delhi"
  a = trimLeadIn(ctx, a, b);
  while (a < b) {
    const t = ctx.tokens[a]!;
    if (DETERMINERS.has(t.normal) || t.normal === "of") a++;
    else if (isInitial(ctx, a) && b - a === 1 && (AGENT_PLURAL.test(t.text) || ABSTRACT_NOUN.test(t.text) || (/ers$/.test(t.text) && isCommonWord(ctx, t, false))) && !hasProperTag(t) && !cues().orgHeads.has(t.normal)) a++; // "Auditors said", "Opposition leader X"
    else if (isInitial(ctx, a) && isCommonWord(ctx, t) && matchTitle(ctx.tokens, a, b) === 0 && !headed(ctx.tokens, a, b) && !shapedLikeWordButNamed(ctx, a, b)) a++;
    else break;
  }
  return a;
}

/** "of (the) X Y Corps" up to the run's end: capitalised words ending in an organisation head, no title or "of" among them. */
function ofHeadedBody(tokens: Token[], at: number, end: number): boolean {
  if (tokens[at]?.normal !== "of") return false;
  const from = tokens[at + 1]?.normal === "the" ? at + 2 : at + 1;
  if (end - from < 2) return false;
  for (let k = from; k < end; k++) if (!tokens[k]!.tags.includes("TitleCase") || matchTitle(tokens, k, end) > 0) return false;
  return cues().orgHeads.has(tokens[end - 1]!.normal);
}

function nextTitle(tokens: Token[], from: number, end: number): number {
  let k = from;
  // a title word right after "of"/"for"/"and" belongs to a name ("Ministry of Justice"), not a new title
  while (k < end && (matchTitle(tokens, k, end) === 0 || LINKS.has(tokens[k - 1]?.normal ?? ""))) k++;
  return k;
}

/** Heads besides the organisation heads that end a named institution or site ("Prince X Air Base"). */
const SITE_HEADS = new Set(["base", "airbase", "airport", "palace", "stadium", "mosque", "masjid", "shrine", "camp"]);

/** "Rawa General Hospital", "Imam Reza Hospital": a short run from a title word to an institution head is a name, not a post. */
function titledInstitution(tokens: Token[], k: number, b: number): boolean {
  if (b - k < 2 || b - k > 4) return false;
  const last = tokens[b - 1]!.normal;
  if (!cues().orgHeads.has(last) && !SITE_HEADS.has(last)) return false;
  for (let i = k; i < b; i++) if (LINKS.has(tokens[i]!.normal) || !tokens[i]!.tags.includes("TitleCase")) return false;
  return true;
}

/** "Governor of X Firstname Y": the post's "of" part ends where a personal name (its first word tagged as one) begins. */
function postOfPlaceThenName(ctx: WordContext, of: number, b: number): number {
  const { tokens } = ctx;
  const p0 = tokens[of + 1]?.normal === "the" ? of + 2 : of + 1;
  for (let j = p0 + 1; j <= Math.min(p0 + 3, b - 2); j++) {
    const t = tokens[j]!;
    const person = t.tags.includes("FirstName") || t.tags.includes("MaleName") || t.tags.includes("FemaleName") || cues().honorifics.has(t.normal);
    if (!person || b - j > 4) continue;
    let ok = true;
    for (let k = p0; k < b && ok; k++) ok = (tokens[k]!.tags.includes("TitleCase") || isArticleName(tokens[k]!)) && !cues().orgHeads.has(tokens[k]!.normal) && matchTitle(tokens, k, k + 1) === 0;
    if (ok) return j;
  }
  return -1;
}

/** "Water and Power Development Authority (Wapda)": a short name in parentheses after tokens[a, b) spells the initials of all of it. */
function spelledAfter(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const acr = tokens[b + 1];
  if (b - a < 3 || tokens[b]?.text !== "(" || tokens[b + 2]?.text !== ")" || !acr || !/^\p{Lu}[\p{Lu}\p{Ll}-]{1,9}$/u.test(acr.text)) return false;
  return matchesInitials(acr.text.replace(/-/g, ""), ctx.text.slice(tokens[a]!.start, tokens[b - 1]!.end));
}

/** "the X General's Office", "the Y Chief Prosecutor's Office": one body named after its office. */
function officeSpan(ctx: WordContext, a: number, b: number): MentionSpan {
  const { tokens } = ctx;
  return { start: tokens[a]!.start, end: tokens[b - 1]!.end, text: ctx.text.slice(tokens[a]!.start, tokens[b - 1]!.end), entityType: "Organization", sentence: tokens[a]!.sentence, source: "office-body", confidence: 0.75 };
}

/** Splits one capitalised run into title phrases and names, and types the names. */
function segmentRun(ctx: WordContext, a: number, b: number, out: Recognized): void {
  const { tokens } = ctx;
  let role: RoleSpan | undefined;
  let i = a;
  const a1 = DETERMINERS.has(tokens[a]!.normal) ? a + 1 : a;
  if (b - a1 >= 3 && definedByAcronym(ctx, a1, b) && nextTitle(tokens, a1, b) < b && matchTitle(tokens, a1, b) < b - a1) { // "United Nations High Commissioner for Refugees (UNHCR)": the acronym spells the whole run
    out.mentions.push(...classifyName(ctx, a1, b, false).map((m) => (m.entityType === "Person" || m.source === "capitalised" ? { ...m, entityType: "Organization" as const, source: "acronym-defined", confidence: 0.75 } : m)));
    return;
  }
  if (b - a1 >= 3 && OFFICE_BODIES.has(tokens[b - 1]!.normal) && /^['’]s$/.test(tokens[b - 2]!.text) && isOfficeHolder(tokens[b - 3]!)) { // "the Attorney General's Office": the office is the body
    out.mentions.push(officeSpan(ctx, a1, b));
    return;
  }
  while (i < b) {
    if (institutionTitleAt(ctx, i, b)) { // "the Auditor-General will audit": the office acts as an institution
      const office: MentionSpan = { start: tokens[i]!.start, end: tokens[b - 1]!.end, text: ctx.text.slice(tokens[i]!.start, tokens[b - 1]!.end), entityType: "Organization", sentence: tokens[i]!.sentence, source: "institution-title", confidence: 0.7 };
      const owner = tokens[i - 1]?.tags.includes("Possessive") && tokens[i - 2] ? lookupPlace(tokens[i - 2]!.text) : undefined;
      if (owner?.kind === "country") office.canonical = `${owner.name} ${office.text}`; // "Ghana's Auditor-General": one office per country
      out.mentions.push(office);
      return;
    }
    const m = matchTitle(tokens, i, b);
    if (m > 0 && b - i >= 3 && titledInstitution(tokens, i, b)) { // "Imam Reza Hospital"
      out.mentions.push(...classifyName(ctx, i, b, false));
      return;
    }
    const named = m > 0 && tokens[i + m]?.normal === "of" ? postOfPlaceThenName(ctx, i + m, b) : -1;
    if (named > 0) { // "Governor of X Firstname Y": the post, its place, then the person
      role = { start: tokens[i]!.start, end: tokens[named - 1]!.end, text: ctx.text.slice(tokens[i]!.start, tokens[named - 1]!.end), sentence: tokens[i]!.sentence };
      out.roles.push(role);
      const p0 = tokens[i + m + 1]?.normal === "the" ? i + m + 2 : i + m + 1;
      out.mentions.push(...classifyName(ctx, p0, named, false));
      i = named;
      continue;
    }
    if (m > 0 && ofHeadedBody(tokens, i + m, b)) { // "Inspector General of the X Corps": the post, then the body it heads
      out.roles.push({ start: tokens[i]!.start, end: tokens[i + m - 1]!.end, text: ctx.text.slice(tokens[i]!.start, tokens[i + m - 1]!.end), sentence: tokens[i]!.sentence });
      const at = tokens[i + m + 1]?.normal === "the" ? i + m + 2 : i + m + 1;
      out.mentions.push(...classifyName(ctx, at, b, false));
      return;
    }
    if (m > 0 && !LINKS.has(tokens[i + m]?.normal ?? "")) { // "Justice and Development Party" is a name, not a title
      const j = i + m;
      const k = nextTitle(tokens, j, b);
      if (k - j === 1 && cues().orgHeads.has(tokens[j]!.normal)) {
        out.mentions.push(...classifyName(ctx, i, k, false)); // "General Assembly", "Chief Secretariat"
        i = k;
        continue;
      }
      role = { start: tokens[i]!.start, end: tokens[j - 1]!.end, text: ctx.text.slice(tokens[i]!.start, tokens[j - 1]!.end), sentence: tokens[i]!.sentence };
      out.roles.push(role);
      i = j;
      continue;
    }
    let k = nextTitle(tokens, i + 1, b);
    if (k < b && b - i <= 5 && titledInstitution(tokens, k, b)) k = b; // "Rawa General Hospital"
    let s = i;
    let e = k;
    const keepThe = tokens[s]!.text === "The" && e - s >= 2 && !!lookupPlace(ctx.text.slice(tokens[s]!.start, tokens[e - 1]!.end)); // "The Hague"
    while (s < e && !keepThe && EDGE_CONNECTORS.has(tokens[s]!.normal)) s++;
    while (e > s && EDGE_CONNECTORS.has(tokens[e - 1]!.normal)) e--;
    if (s < e) {
      const found = classifyName(ctx, s, e, !!role);
      for (const f of found) {
        if (role && f.entityType === "Person") {
          f.role = role.text;
          role.mention = out.mentions.length;
        }
        out.mentions.push(f);
      }
    }
    role = undefined;
    i = k;
  }
}

const SMALL_WORDS = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by", "with", "from", "after", "over"]);

/** A title-case line without final punctuation ("Army Strikes Rebel Bases in North"): capitals say nothing there. */
function isHeadline(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.tags[0] === "Punctuation" || t.tags[0] === "Value" || SMALL_WORDS.has(t.normal)) continue;
    words++;
    if (t.tags[0] === "TitleCase" || t.tags[0] === "Acronym") caps++;
  }
  const last = tokens[s.tokenEnd - 1]!.text;
  return words >= 4 && caps / words >= 0.75 && !/[.!?"”]/.test(last);
}

/** Headline mentions count only when the body confirms them (see resolve/discourse.ts), or when a gazetteer knows them. */
function weaken(m: MentionSpan): MentionSpan {
  return m.entityType === "Place" && m.source === "gazetteer" ? m : { ...m, confidence: Math.min(m.confidence, 0.3) };
}

/** "Ministry of Science": an organisation head followed by "of". */
function ofHeaded(tokens: Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1; i++) if (tokens[i]!.normal === "of" && cues().orgHeads.has(tokens[i - 1]!.normal)) return true;
  return false;
}

/**
 * Joins "X and Y Head" into one name when only the second part has a head word ("Belt and Road
 * Initiative", "Ministry of Science and Technology") or the whole is a known place; coordinated
 * names that each have a head ("Special Branch and Security Division") stay apart.
 */
function joinAnd(ctx: WordContext, runs: Array<[number, number]>): Array<[number, number]> {
  const { tokens } = ctx;
  const out: Array<[number, number]> = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const link = prev && run[0] === prev[1] + 1 ? tokens[prev[1]]!.normal : "";
    if (prev && (link === "and" || link === "&")) {
      const whole = ctx.text.slice(tokens[prev[0]]!.start, tokens[run[1] - 1]!.end);
      const p0 = DETERMINERS.has(tokens[prev[0]]!.normal) ? prev[0] + 1 : prev[0]; // "The X and Y Council"
      const firstHeaded = headed(tokens, p0, prev[1]) || cues().orgHeads.has(tokens[prev[1] - 1]!.normal);
      const firstPlace = !!lookupPlace(ctx.text.slice(tokens[prev[0]]!.start, tokens[prev[1] - 1]!.end));
      const ofTail = ofHeaded(tokens, prev[0], prev[1]) && !headed(tokens, run[0], run[1]) && !lookupPlace(ctx.text.slice(tokens[run[0]]!.start, tokens[run[1] - 1]!.end));
      if (lookupPlace(whole) || ofTail || spelledAfter(ctx, p0, run[1]) || (!firstHeaded && !firstPlace && headed(tokens, run[0], run[1]) && !isInitial(ctx, p0))) {
        prev[1] = run[1];
        continue;
      }
    }
    out.push([run[0], run[1]]);
  }
  return out;
}

/**
 * "Ministry of Economy, Trade and Industry", "Ministry of Land, Infrastructure, Transport and Tourism":
 * an organisation head + "of" + one word, then ", Word" items and a final "and Word", is one name.
 */
function joinOfList(ctx: WordContext, runs: Array<[number, number]>): Array<[number, number]> {
  const { tokens } = ctx;
  const out: Array<[number, number]> = [];
  const single = (i: number) => isCap(tokens[i]!) && !lookupPlace(tokens[i]!.text) && !matchTitle(tokens, i, i + 1) && !isCap(tokens[i + 1] ?? tokens[i]!);
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r]!;
    let end = b;
    if (b - a >= 3 && (tokens[b - 2]!.normal === "of" || tokens[b - 2]!.normal === "for") && cues().orgHeads.has(tokens[b - 3]!.normal)) {
      let k = b;
      while (tokens[k]?.text === "," && tokens[k + 1] && single(k + 1)) k += 2;
      const and = k > b && (tokens[k]?.normal === "and" || tokens[k]?.normal === "&") && !!tokens[k + 1];
      if (and && single(k + 1)) end = k + 2;
      else if (and && tokens[k + 2] && isCap(tokens[k + 1]!) && single(k + 2) && !matchTitle(tokens, k + 1, k + 2)) end = k + 3; // "Institute for Peace, Violence and Terrorism Research"
    }
    out.push([a, end]);
    while (end > b && r + 1 < runs.length && runs[r + 1]![0] < end) r++;
  }
  return out;
}

/** "X Mission in Y (XMY)": an organisation head, "in", a place and an acronym after it make one name. */
function joinIn(ctx: WordContext, runs: Array<[number, number]>): Array<[number, number]> {
  const { tokens } = ctx;
  const out: Array<[number, number]> = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const acronymAfter = tokens[run[1]]?.text === "(" && tokens[run[1] + 1]?.tags.includes("Acronym") && tokens[run[1] + 2]?.text === ")";
    if (prev && run[0] === prev[1] + 1 && tokens[prev[1]]!.normal === "in" && acronymAfter && cues().orgHeads.has(tokens[prev[1] - 1]!.normal) && lookupPlace(ctx.text.slice(tokens[run[0]]!.start, tokens[run[1] - 1]!.end))) {
      prev[1] = run[1];
      continue;
    }
    out.push([run[0], run[1]]);
  }
  return out;
}

/** Finds mentions and role phrases in every sentence. */
export function recognize(text: string, tokens: Token[], sentences: Sentence[]): Recognized {
  const starts = new Int32Array(tokens.length);
  for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) starts[i] = s.tokenStart;
  const ctx: WordContext = { text, tokens, lowerWords: lowerCaseWords(tokens), sentenceStart: (i) => starts[i]! };
  const armed = armedNames(tokens);
  const taken = new Uint8Array(tokens.length);
  const out: Recognized = { mentions: [], roles: [] };
  for (const s of sentences) {
    takeCreditLines(tokens, s.tokenStart, s.tokenEnd, taken);
    out.mentions.push(...findKnownAs(ctx, s.tokenStart, s.tokenEnd, taken));
    out.mentions.push(...findNicknamed(ctx, s.tokenStart, s.tokenEnd, taken));
    out.mentions.push(...findAliases(ctx, s.tokenStart, s.tokenEnd, taken));
    out.mentions.push(...findGroups(ctx, s.tokenStart, s.tokenEnd, taken, armed));
    out.mentions.push(...findBareGroups(ctx, s.tokenStart, s.tokenEnd, taken));
    out.mentions.push(...findHyphenNames(ctx, s.tokenStart, s.tokenEnd));
    const headline = isHeadline(tokens, s);
    for (const [r0, b] of joinIn(ctx, joinAnd(ctx, joinOfList(ctx, capitalRuns(tokens, s.tokenStart, s.tokenEnd, taken))))) {
      const ordinal = r0 > s.tokenStart && ((ORDINAL.test(tokens[r0 - 1]!.text) && ((b - r0 >= 2 && cues().orgHeads.has(tokens[b - 1]!.normal)) || NUMBERED_UNITS.has(tokens[r0]!.normal))) || (/^\d{1,4}$/.test(tokens[r0 - 1]!.text) && ((NUMBERED_UNITS.has(tokens[b - 1]!.normal) && b - r0 <= 3) || numberedBody(tokens, r0, b)))); // "the 12th Infantry Division", "the 80 Force", "the army's 18th Brigade", "the 7 Division of the X Army"
      const a0 = ordinal || (r0 > s.tokenStart && tokens[r0 - 1]!.text === "The" && lookupPlace(text.slice(tokens[r0 - 1]!.start, tokens[b - 1]!.end))) ? r0 - 1 : r0; // "The Hague"
      if (headline) {
        for (let i = a0; i < b; i++) if (!isCommonWord(ctx, tokens[i]!)) out.mentions.push(...classifyName(ctx, i, i + 1, false).map(weaken));
        continue;
      }
      const a = trimStart(ctx, a0, b);
      if (a < b) segmentRun(ctx, a, b, out);
    }
  }
  boostByContext(ctx, out.mentions);
  out.mentions = out.mentions.filter((m) => !currencyLike(ctx, m));
  return out;
}

const AMOUNT_WORDS = new Set(["million", "billion", "trillion", "bn", "mn", "crore", "crores", "lakh", "lakhs"]);

/** "Tk 12,450 crore", "P180 million", "R300m": a short capitalised token before or glued to an amount is a currency, not a name. */
function currencyLike(ctx: WordContext, m: MentionSpan): boolean {
  if (m.text.length > 4 || m.text.includes(" ")) return false;
  const { tokens } = ctx;
  const i = tokenIndexAt(tokens, m.start);
  const next = i < 0 ? undefined : tokens[i + 1];
  if (!next) return false;
  if (/^\p{Lu}\p{Ll}?$/u.test(m.text) && /^\d/.test(next.text) && next.start <= m.end + 1) return true; // "Tk 12,450", "Rp 5"
  return /^\p{Lu}\d+$/u.test(m.text) && AMOUNT_WORDS.has(next.normal); // "P180 million"
}
