// Acronym resolution: "Long Form (LF)" definitions, initials matching, and role acronyms ("Chief of Staff (COS)").
import type { MentionSpan, RoleSpan, Token } from "../types.js";
import { tokenIndexAt } from "./token-index.js";
import { lookupPlace } from "../../gazetteer/index.js";

const MINOR = new Set(["of", "the", "and", "for", "&", "de", "in", "on", "al", "el", "wal"]);

/** "of India" after the spelled words: an acronym may leave out its owner ("Comptroller and Auditor General of India (CAG)"). */
const ofOneWord = (rest: string[]) => rest.length === 2 && rest[0] === "of" && /^\p{Lu}/u.test(rest[1]!);

/** A known place after the spelled words: an acronym may leave out the region a body serves ("FC" for "Frontier Corps X Province"). */
const placeTail = (rest: string[]) => rest.length >= 1 && rest.length <= 3 && /^\p{Lu}/u.test(rest[0]!) && !!lookupPlace(rest.join(" "));

/** Letters an acronym may take from a name: initials of words and hyphen parts, minor words optional. */
function matchesInitials(acronym: string, name: string): boolean {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  const target = acronym.toUpperCase();
  const go = (p: number, a: number): boolean => {
    if (a === target.length) return parts.slice(p).every((w) => MINOR.has(w.toLowerCase())) || ofOneWord(parts.slice(p)) || placeTail(parts.slice(p));
    if (p === parts.length) return false;
    const w = parts[p]!;
    if (w[0]!.toUpperCase() === target[a] && go(p + 1, a + 1)) return true;
    return MINOR.has(w.toLowerCase()) && go(p + 1, a);
  };
  return target.length >= 2 && go(0, 0);
}

/** Company-form words an acronym may leave out at the end ("TEPCO" for "... Company Holdings"). */
const CORPORATE_TAIL = new Set(["holdings", "group", "inc", "ltd", "limited", "plc", "corporation", "corp", "company", "co", "sa", "ag"]);

/**
 * Looser than matchesInitials, for acronyms never defined in the text: a word may give up to its first
 * three letters ("Company" -> "CO") and corporate words at the end may be left out.
 */
function matchesLoosely(acronym: string, name: string): boolean {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  const target = acronym.toUpperCase();
  const go = (p: number, a: number): boolean => {
    if (a === target.length) return parts.slice(p).every((w) => MINOR.has(w.toLowerCase()) || CORPORATE_TAIL.has(w.toLowerCase()));
    if (p === parts.length) return false;
    const w = parts[p]!;
    for (let l = 1; l <= Math.min(3, w.length); l++) if (w.slice(0, l).toUpperCase() === target.slice(a, a + l) && go(p + 1, a + l)) return true;
    return MINOR.has(w.toLowerCase()) && go(p + 1, a);
  };
  return target.length >= 3 && parts.length >= 2 && go(0, 0);
}

/** The first word of the mention at `start` is tagged as a personal name ("Mohammed bin X (MBX)" stays a person). */
function personTagged(tokens: Token[], start: number): boolean {
  const t = tokens[tokenIndexAt(tokens, start)];
  return !!t && t.tags.some((x) => x === "FirstName" || x === "MaleName" || x === "FemaleName" || x === "Person");
}

/** Token index of the last word before "(ACR)", or -1 when the acronym is not in parentheses. */
function definedBefore(tokens: Token[], m: MentionSpan): number {
  const i = tokenIndexAt(tokens, m.start);
  if (i < 2 || tokens[i - 1]!.text !== "(" || tokens[i + 1]?.text !== ")") return -1;
  return i - 2;
}

/** Longest-reach words before "(ACR)" (same sentence, at most 10) whose initials spell the acronym. */
function longFormSpan(tokens: Token[], last: number, acronym: string): number {
  const sentence = tokens[last]!.sentence;
  for (let k = last; k >= 0 && k > last - 10 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const name = tokens.slice(k, last + 1).map((x) => x.text).join(" ");
    if (matchesInitials(acronym, name)) return k;
  }
  return -1;
}

/** Lower-case words before "(ACR)" that spell it: "a first information report (FIR)" abbreviates a common noun, not a name. */
function commonNounDefinition(tokens: Token[], last: number, acronym: string): boolean {
  const sentence = tokens[last]!.sentence;
  for (let k = last; k >= 0 && k > last - 6 && tokens[k]!.sentence === sentence; k--) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) return false;
    if (matchesInitials(acronym, tokens.slice(k, last + 1).map((x) => x.text).join(" "))) return true;
  }
  return false;
}

/**
 * Points every acronym mention at its long form (sets `canonical`, `entityType`, and the source
 * "acronym-linked"); drops acronyms that abbreviate a role. Returns acronym -> long-form mention.
 */
export function resolveAcronyms(text: string, tokens: Token[], mentions: MentionSpan[], roles: RoleSpan[]): { kept: MentionSpan[]; longForms: Map<string, MentionSpan> } {
  const byEnd = new Map<number, MentionSpan>();
  for (const m of mentions) {
    const seen = byEnd.get(m.end);
    if (m.source !== "acronym" && (!seen || m.start < seen.start)) byEnd.set(m.end, m); // the whole name, not a place nested at its end
  }
  const roleEnds = new Set(roles.map((r) => r.end));
  const longForms = new Map<string, MentionSpan>();
  const roleAcronyms = new Set<string>();
  const swallowed: Array<[number, number]> = [];
  const added: MentionSpan[] = [];
  for (const m of mentions) {
    if (m.source !== "acronym" || longForms.has(m.text)) continue;
    const last = definedBefore(tokens, m);
    if (last < 0) continue;
    const end = tokens[last]!.end;
    let def = byEnd.get(end);
    if (!def && (roleEnds.has(end) || commonNounDefinition(tokens, last, m.text))) {
      roleAcronyms.add(m.text);
      continue;
    }
    if (!def || !matchesInitials(m.text, def.text)) {
      const k = longFormSpan(tokens, last, m.text);
      if (k >= 0 && (!def || tokens[k]!.start < def.start)) {
        const start = tokens[k]!.start;
        def = { start, end, text: text.slice(start, end), entityType: def?.entityType === "Project" ? "Project" : "Organization", sentence: tokens[k]!.sentence, source: "acronym-long", confidence: 0.8 };
        swallowed.push([start, end]);
        added.push(def);
      }
    }
    const unnamedPerson = def?.entityType === "Person" && !def.role && def.text.includes(" ") && !personTagged(tokens, def.start); // "Hayat Tahrir al-X (HTX)": a movement, not a person
    if (def && (def.source === "single" || unnamedPerson) && matchesInitials(m.text, def.text)) {
      // a lone unknown word defined with an acronym ("Jaish-e-Mohammed (JeM)") names an organisation
      Object.assign(def, { entityType: "Organization", source: "acronym-defined", confidence: 0.75 });
    }
    if (def && def.entityType !== "Person" && !(def.entityType === "Place" && !matchesInitials(m.text, def.text))) longForms.set(m.text, def); // "... Mission in Y (ZQ)": not the place Y
  }
  if (added.length) {
    mentions = mentions.filter((m) => !swallowed.some(([s, e]) => m.start >= s && m.end <= e)).concat(added).sort((a, b) => a.start - b.start);
  }
  // distinct long names by first letter: an acronym is only compared with names starting like it
  const candidates = new Map<string, Map<string, MentionSpan>>();
  for (const m of mentions) {
    if (m.source === "acronym" || (m.entityType !== "Organization" && m.entityType !== "Project")) continue;
    const name = m.canonical ?? m.text;
    const letter = name[0]!.toUpperCase();
    const names = candidates.get(letter) ?? candidates.set(letter, new Map()).get(letter)!;
    if (!names.has(name)) names.set(name, m);
  }
  const kept: MentionSpan[] = [];
  const tried = new Set<string>();
  for (const m of mentions) {
    if (m.source !== "acronym") {
      kept.push(m);
      continue;
    }
    if (roleAcronyms.has(m.text)) continue;
    let def = longForms.get(m.text);
    if (!def && !tried.has(m.text)) {
      tried.add(m.text);
      const hits = [...(candidates.get(m.text[0]!.toUpperCase()) ?? [])].filter(([name]) => matchesInitials(m.text, name));
      if (hits.length === 1) def = hits[0]![1];
      if (!hits.length) {
        const loose = [...(candidates.get(m.text[0]!.toUpperCase()) ?? [])].filter(([name]) => matchesLoosely(m.text, name));
        if (loose.length === 1) def = loose[0]![1];
      }
      if (def) longForms.set(m.text, def);
    }
    if (def) kept.push({ ...m, entityType: def.entityType, canonical: def.canonical ?? def.text, source: "acronym-linked", confidence: Math.max(m.confidence, 0.8) });
    else kept.push(m);
  }
  return { kept, longForms };
}

export { matchesInitials };
