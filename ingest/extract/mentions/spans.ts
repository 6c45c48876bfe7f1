// Capitalised-run chunking: maximal runs of capitalised tokens with inner connectors ("of", "&").
import type { Token } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import { isArticleName, isCap } from "./words.js";

const CONNECTORS = new Set(["of", "for", "&", "de", "du", "da", "das", "dos", "del", "della", "der", "den", "di", "al", "bin", "bint", "binte", "binti", "ibn", "wal", "wa", "van", "von", "ter", "la", "le", "arap"]);

/** Two-word particles inside personal names: "de la", "van der", "von der", "de los", "bin Abdul" is covered by CONNECTORS. */
const PARTICLE_PAIRS = new Set(["de", "van", "von", "dos", "da", "del"]);
const PARTICLES_SECOND = new Set(["la", "las", "los", "der", "den", "de"]);

/** tokens[j] is a single capital letter glued to a period, between name words: "Jane Q. Doe". */
function isMiddleInitial(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const dot = tokens[j + 1];
  return /^\p{Lu}$/u.test(t.text) && !!dot && dot.text === "." && dot.start === t.end && isCap(tokens[j - 1]!);
}

/** Collective nouns whose singular possessive sits inside organisation names ("People's Party", "Women's Union"). */
const COLLECTIVE_NOUNS = new Set(["people", "women", "men", "children", "workers", "nation", "nations"]);

/** tokens[j] is the apostrophe of a plural possessive inside an organisation's name: "Workers' Party", "Teachers’ Union". */
function pluralPossessiveInName(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1]!;
  const head = tokens[j + 1]!;
  const collective = (t.text === "'s" || t.text === "’s") && COLLECTIVE_NOUNS.has(before.normal); // "X People's Liberation Front"
  if (!collective && ((t.text !== "'" && t.text !== "’") || !/s$/.test(before.text))) return false;
  if (t.start !== before.end || !isCap(head)) return false;
  if (collective && (head.normal === "republic" || (isCap(tokens[j + 2] ?? head) && tokens[j + 2]?.normal === "republic"))) return true; // "People's (Democratic) Republic of X"
  for (let k = j + 1; k < j + 4 && tokens[k] && isCap(tokens[k]!); k++) if (cues().orgHeads.has(tokens[k]!.normal)) return true; // "Peoples' Democratic Party"
  return false;
}

/** Bodies named after the office that heads them: "the Attorney General's Office", "the Chief Minister's Secretariat". */
export const OFFICE_BODIES = new Set(["office", "department", "secretariat", "bureau", "chambers", "division", "cell", "directorate"]);

/** tokens[j] is the "'s" of a title inside a body's name: "X General's Office", "Chief Minister's Secretariat". */
function officePossessive(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const head = tokens[j + 1];
  if ((t.text !== "'s" && t.text !== "’s") || t.start !== tokens[j - 1]!.end || !head || !isCap(head) || !OFFICE_BODIES.has(head.normal)) return false;
  return isOfficeHolder(tokens[j - 1]!);
}

/** A title word that names an office ("General", "Minister", "Prosecutor", "Attorney"). */
export function isOfficeHolder(t: Token): boolean {
  const c = cues();
  return c.titleHeads.has(t.normal) || c.rankTitles.has(t.normal) || t.normal === "attorney" || t.normal === "auditor";
}

/** Half-open token ranges [start, end) of capitalised runs within tokens[from, to), skipping `taken`. */
export function capitalRuns(tokens: Token[], from: number, to: number, taken: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    if (taken[i] || !(isCap(tokens[i]!) || isArticleName(tokens[i]!))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < to && !taken[j] && (isCap(tokens[j]!) || isArticleName(tokens[j]!))) j++;
      else if (j < to && !taken[j] && monthInName(tokens, j, i)) j++; // "Sher Jan", "Gul Jan": a month's short form as a last name
      else if (j + 1 < to && joins(tokens, j, taken)) j += 2;
      else if (j + 2 < to && PARTICLE_PAIRS.has(tokens[j]!.text) && PARTICLES_SECOND.has(tokens[j + 1]!.text) && !taken[j + 2] && isCap(tokens[j + 2]!)) j += 3; // "de la X", "von der X"
      else if (j + 2 < to && isMiddleInitial(tokens, j) && !taken[j + 2] && isCap(tokens[j + 2]!)) j += 2; // "Jane Q. Doe"
      else if (j + 1 < to && pluralPossessiveInName(tokens, j) && !taken[j + 1]) j += 2;
      else if (j + 1 < to && officePossessive(tokens, j) && !taken[j + 1]) j += 2; // "the Attorney General's Office" // "X Workers' Party", "Y Farmers’ Union"
      else if (j + 2 < to && tokens[j]!.normal === "of" && tokens[j + 1]!.normal === "the" && !taken[j + 2] && isCap(tokens[j + 2]!)) j += 3;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** A capitalised three-letter month word ("Jan") after two or more name words and not before a number: a name word. */
function monthInName(tokens: Token[], j: number, i: number): boolean {
  const t = tokens[j]!;
  return j - i >= 2 && t.text.length === 3 && t.tags.includes("Month") && t.tags.includes("TitleCase") && !/^\d/.test(tokens[j + 1]?.text ?? "") && tokens[j + 1]?.text !== ".";
}

/** tokens[j] links the run to a capitalised tokens[j + 1]: a connector word or a title abbreviation's period. */
function joins(tokens: Token[], j: number, taken: Uint8Array): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1]!;
  if (taken[j + 1] || !isCap(next)) return false;
  if (CONNECTORS.has(t.text)) return true;
  if (t.text === "on" && cues().orgHeads.has(tokens[j - 1]!.normal)) return true; // "Commission on Human Rights"
  return t.text === "." && t.start === tokens[j - 1]!.end && cues().titleAbbreviations.has(tokens[j - 1]!.normal);
}
