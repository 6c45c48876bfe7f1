// Context that makes an unknown name an organisation or a project: "shares of X", "X's chief executive", "the X pipeline".
import rawCues from "../../gazetteer/cues.json" with { type: "json" };
import type { Token } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import type { WordContext } from "./words.js";

interface ContextCues {
  before: string[][];
  afterPossessive: string[][];
  afterClause: string[][];
  projectNouns: Set<string>;
  appositionProjectNouns: Set<string>;
}

let cached: ContextCues | undefined;

const phrases = (key: string) => (((rawCues as unknown as Record<string, unknown>)[key] as string[] | undefined) ?? []).map((p) => p.split(" "));

/** The context phrase lists of cues.json (orgContext*, projectNouns, appositionProjectNouns). */
function contextCues(): ContextCues {
  cached ??= {
    before: phrases("orgContextBefore"),
    afterPossessive: phrases("orgContextAfterPossessive"),
    afterClause: phrases("orgContextAfterClause"),
    projectNouns: new Set(phrases("projectNouns").map((p) => p.join(" "))),
    appositionProjectNouns: new Set(phrases("appositionProjectNouns").map((p) => p.join(" "))),
  };
  return cached;
}

const lower = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text);

/** True when the lower-case words of `phrase` occur at tokens[at, at + phrase.length). */
function phraseAt(tokens: Token[], at: number, phrase: string[]): boolean {
  return at >= 0 && phrase.every((w, k) => tokens[at + k]?.normal === w);
}

const isPossessive = (t: Token | undefined) => !!t && (t.tags.includes("Possessive") || t.text === "'s" || t.text === "’s" || t.text === "'" || t.text === "’");

/**
 * "Acme chief executive Jane Doe": lower-case title words (ending in a title head) between the name
 * and a capitalised name make the name the employer, not a person.
 */
function titleChainAfter(tokens: Token[], b: number): boolean {
  const c = cues();
  let k = b;
  let head = false;
  while (k < b + 4 && lower(tokens[k]) && (c.titleHeads.has(tokens[k]!.normal) || c.titleModifiers.has(tokens[k]!.normal))) head = c.titleHeads.has(tokens[k++]!.normal);
  return k > b && head && !!tokens[k]?.tags.includes("TitleCase");
}

/**
 * True when the words around tokens[a, b) say it is an organisation: "shares of X", "spokesperson for
 * X", "X's chief executive", "X, which employs", "X chief executive Jane Doe".
 */
export function orgByContext(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const cc = contextCues();
  const at = tokens[a - 1]?.normal === "the" ? a - 1 : a;
  if (cc.before.some((p) => phraseAt(tokens, at - p.length, p))) return true;
  if (isPossessive(tokens[b]) && cc.afterPossessive.some((p) => phraseAt(tokens, b + 1, p))) return true;
  if (tokens[b]?.text === "," && cc.afterClause.some((p) => phraseAt(tokens, b + 1, p))) return true;
  return titleChainAfter(tokens, b);
}

/**
 * Token index after "X [adjective] pipeline" when a project noun (one or two words) follows the name,
 * with at most two lower-case modifiers between that are no verbs ("the X hydroelectric dam"); 0 when none.
 */
export function projectNounAfter(ctx: WordContext, b: number): number {
  const { tokens } = ctx;
  const nouns = contextCues().projectNouns;
  for (let k = b; k < b + 3 && lower(tokens[k]); k++) {
    const t = tokens[k]!;
    const two = lower(tokens[k + 1]) ? `${t.normal} ${tokens[k + 1]!.normal}` : "";
    if (two && nouns.has(two)) return k + 2;
    if (nouns.has(t.normal)) return nouns.has(tokens[k + 1]?.normal ?? "") && lower(tokens[k + 1]) ? k + 2 : k + 1; // "the X dam project"
    if (t.tags.some((x) => x === "Verb" || x === "PastTense" || x === "Preposition" || x === "Conjunction" || x === "Determiner" || x === "Pronoun" || x === "Adverb")) return 0;
  }
  return 0;
}

/** "a new patrol mission, X Y," : a project noun heads an apposition that the name fills. */
export function projectApposition(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const head = tokens[a - 2];
  const cc = contextCues();
  return tokens[a - 1]?.text === "," && lower(head) && (cc.projectNouns.has(head!.normal) || cc.appositionProjectNouns.has(head!.normal)) && [",", ".", ";"].includes(tokens[b]?.text ?? "");
}

let apposition: { nouns: Set<string>; its: Set<string> } | undefined;

/** Nouns that make "X, a/the ... <noun>," an organisation (company nouns, "agency", "watchdog"; "its partner"). */
export function appositionNouns(): { nouns: Set<string>; its: Set<string> } {
  const raw = rawCues as unknown as Record<string, string[] | undefined>;
  apposition ??= { nouns: new Set([...cues().companyNouns, ...(raw.appositionOrgNouns ?? [])]), its: new Set(raw.appositionItsNouns ?? []) };
  return apposition;
}

let institutions: Set<string> | undefined;

/**
 * Tokens in an office that acts as an institution ("Auditor-General", "Comptroller and Auditor General")
 * starting at tokens[i] and filling the run up to `end`; 0 when none.
 */
export function institutionTitleAt(ctx: WordContext, i: number, end: number): number {
  institutions ??= new Set(((rawCues as unknown as Record<string, string[] | undefined>).institutionTitles ?? []).map((t) => t.replace(/-/g, " ")));
  const words = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[end - 1]!.end).toLowerCase().replace(/-/g, " ");
  return end - i <= 6 && institutions.has(words) ? end - i : 0;
}
