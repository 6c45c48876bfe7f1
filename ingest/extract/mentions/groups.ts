// Collective actors and state bodies named by a demonym or ethnonym: "Norwegian citizens", "Danish army".
import type { MentionSpan, Token } from "../types.js";
import { cues, demonymCountry, lookupPlace, type PlaceInfo } from "../../gazetteer/index.js";
import { hasProperTag, isCap, isCommonWord, isInitial, type WordContext } from "./words.js";

const DETERMINERS = new Set(["the", "a", "an", "these", "those", "some", "many", "several", "two", "three", "other"]);

/** Words that head armed-group phrases in this document ("X militants" makes "X organisations" armed too). */
export function armedNames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  const { groupNouns } = cues();
  for (let i = 0; i + 1 < tokens.length; i++)
    if (isCap(tokens[i]!) && groupNouns.get(tokens[i + 1]!.normal) === "militants") out.add(tokens[i]!.normal);
  return out;
}

/** True when tokens[i] can modify the next noun on its own (not the tail of a longer name). */
function standsAlone(ctx: WordContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || i === ctx.sentenceStart(i) || !isCap(prev)) return true;
  return DETERMINERS.has(prev.normal) || (isInitial(ctx, i - 1) && isCommonWord(ctx, prev));
}

function countryOf(t: Token): PlaceInfo | undefined {
  const d = demonymCountry(t.text);
  if (d) return d;
  const p = lookupPlace(t.text);
  return p?.kind === "country" ? p : undefined;
}

/** A lower-case state-body noun phrase ("army", "air force") at tokens[i]: [suffix, token count]. */
function stateNoun(tokens: Token[], i: number, end: number): [string, number] | undefined {
  const { stateOrgNouns } = cues();
  const a = tokens[i];
  if (!a || i >= end || !/^\p{Ll}/u.test(a.text)) return undefined;
  const b = tokens[i + 1];
  const two = b && i + 1 < end ? stateOrgNouns.get(`${a.normal} ${b.normal}`) : undefined;
  if (two) return [two, 2];
  const one = stateOrgNouns.get(a.normal);
  return one ? [one, 1] : undefined;
}

/** Lower-case nouns that head a government body named after its country ("the Dutch finance ministry", "Britain's competition regulator"). */
const DEPARTMENT_NOUNS = new Set(["ministry", "department", "regulator", "watchdog", "authority"]);
/** Words that make such a phrase generic rather than one body ("the French government agency", "a Danish news agency"). */
const GENERIC_WORDS = new Set(["government", "state", "local", "regional", "other", "news", "private", "new", "own", "main", "top"]);

/**
 * "South Korean defence ministry", "Romania's economy ministry", "the Dutch data protection authority":
 * a country or demonym (one or two words, optionally possessive), one or two lower-case words and a
 * department noun; the end token index or 0.
 */
function lowerMinistry(ctx: WordContext, i: number, to: number): number {
  const { tokens } = ctx;
  for (const width of [2, 1]) {
    if (i + width > to) continue;
    const name = ctx.text.slice(tokens[i]!.start, tokens[i + width - 1]!.end);
    const place = demonymCountry(name) ?? lookupPlace(name);
    if (!place || place.kind !== "country") continue;
    let k = i + width;
    if (tokens[k]?.tags.includes("Possessive")) k++;
    for (let words = 1; words <= 2; words++) {
      const head = tokens[k + words];
      if (k + words + 1 > to || !head || !DEPARTMENT_NOUNS.has(head.normal)) continue;
      const mods = tokens.slice(k, k + words);
      if (!mods.every((t) => /^\p{Ll}+$/u.test(t.text) && !GENERIC_WORDS.has(t.normal) && !DEPARTMENT_NOUNS.has(t.normal) && !cues().stateOrgNouns.has(t.normal))) break;
      if (cues().stateOrgNouns.has(`${mods.at(-1)!.normal} ${head.normal}`)) break; // "foreign ministry": the state-body rule names it
      return k + words + 1;
    }
  }
  return 0;
}

/** Plural member nouns after a state body's noun: "X police officers" are people, not the body. */
const MEMBER_NOUNS = new Set(["officers", "officer", "personnel", "officials", "official", "constables", "recruits", "veterans", "sources"]);

/** Finds group and state-body mentions in tokens[from, to) and marks the tokens they take. */
export function findGroups(ctx: WordContext, from: number, to: number, taken: Uint8Array, armed: Set<string>): MentionSpan[] {
  const { tokens } = ctx;
  const { groupNouns, groupNounsWhenArmed } = cues();
  const out: MentionSpan[] = [];
  for (let i = from; i < to - 1; i++) {
    const d = tokens[i]!;
    if (taken[i] || !isCap(d) || !standsAlone(ctx, i)) continue;
    const ministry = lowerMinistry(ctx, i, to);
    if (ministry) {
      const last = tokens[ministry - 1]!;
      out.push({ start: d.start, end: last.end, text: ctx.text.slice(d.start, last.end), entityType: "Organization", sentence: d.sentence, source: "state-org", confidence: 0.75 });
      const owner = tokens[ministry - 3]!.tags.includes("Possessive") ? ministry - 3 : -1; // "Romania's ...": the country too
      const place = owner > i ? lookupPlace(ctx.text.slice(d.start, tokens[owner - 1]!.end)) : undefined;
      if (place) {
        const e = tokens[owner - 1]!.end;
        out.push({ start: d.start, end: e, text: ctx.text.slice(d.start, e), entityType: "Place", sentence: d.sentence, source: "gazetteer", confidence: 0.9, canonical: place.name });
      }
      for (let k = i; k < ministry; k++) taken[k] = 1;
      continue;
    }
    const country = countryOf(d);
    const possessive = tokens[i + 1]!.tags.includes("Possessive");
    const noun = stateNoun(tokens, possessive ? i + 2 : i + 1, to);
    const after = tokens[i + (possessive ? 2 : 1) + (noun?.[1] ?? 0)]?.normal ?? "";
    const roleAfter = noun && ((noun[0] === "Military" && cues().titleHeads.has(after)) || MEMBER_NOUNS.has(after)); // "military leader", "police officers": a role or the members, not the body
    if (country && noun && !roleAfter) {
      const last = tokens[i + (possessive ? 1 : 0) + noun[1]]!;
      const text = ctx.text.slice(d.start, last.end);
      out.push({ start: d.start, end: last.end, text, entityType: "Organization", sentence: d.sentence, source: "state-org", confidence: 0.8, canonical: `${country.name} ${noun[0]}` });
      for (let k = possessive ? i + 1 : i; k <= i + (possessive ? 1 : 0) + noun[1]; k++) taken[k] = 1;
      continue;
    }
    const local = !country && !possessive && (tokens[i + 1]!.text === "police" || tokens[i + 1]!.text === "government") ? lookupPlace(d.text) : undefined;
    if (local && tokens[i + 2]?.text !== "officers" && !MEMBER_NOUNS.has(tokens[i + 2]?.normal ?? "")) { // "the X police", "the Y government": a city's or province's own body
      const last = tokens[i + 1]!;
      out.push({ start: d.start, end: last.end, text: ctx.text.slice(d.start, last.end), entityType: "Organization", sentence: d.sentence, source: "local-body", confidence: 0.7 });
      out.push({ start: d.start, end: d.end, text: d.text, entityType: "Place", sentence: d.sentence, source: "gazetteer", confidence: local.kind === "city" ? 0.8 : 0.9, canonical: local.name });
      taken[i] = taken[i + 1] = 1;
      continue;
    }
    const next = tokens[i + 1]!;
    const people = d.text.endsWith("s") && !isCap(next) ? demonymCountry(d.text.slice(0, -1)) : undefined;
    if (people && !lookupPlace(d.text)) {
      // "Palestinians", "Americans": a plural demonym is the country's people
      out.push({ start: d.start, end: d.end, text: d.text, entityType: "Group", sentence: d.sentence, source: "group", confidence: 0.75, canonical: `${d.text.slice(0, -1)} nationals` });
      taken[i] = 1;
      continue;
    }
    const cls = groupNouns.get(next.normal) ?? (groupNounsWhenArmed.has(next.normal) && armed.has(d.normal) ? "militants" : undefined);
    if (!cls || !/^\p{Ll}/u.test(next.text) || d.tags.includes("Acronym")) continue;
    const isDemonym = !!demonymCountry(d.text);
    if (!isDemonym && (lookupPlace(d.text) || hasProperTag(d) || isCommonWord(ctx, d))) continue;
    out.push({
      start: d.start, end: next.end, text: ctx.text.slice(d.start, next.end), entityType: "Group", sentence: d.sentence,
      source: "group", confidence: isDemonym ? 0.85 : 0.7, canonical: `${d.text} ${cls}`,
    });
    taken[i] = taken[i + 1] = 1;
  }
  return out;
}
