// Short names of organisations inside one document: "Long Name (Shortname)" and "X Holdings Ltd" beside "X Holdings".
import type { MentionSpan } from "../types.js";
import { MIN_CONFIDENCE } from "./entities.js";

/** Legal-form words at the end of a company's name that the text may leave out ("X Holdings Ltd" -> "X Holdings"). */
const LEGAL_FORMS = new Set(["ltd", "limited", "company", "co", "inc", "plc", "llc", "corp", "a.s", "a.ş", "ag", "sa", "pjsc", "jsc", "pvt", "pty", "bhd", "tbk", "nv", "bv"]);

/** True for a mention the gazetteer typed as a place: a place in parentheses is a location, not a short name. */
const knownPlace = (m: MentionSpan) => m.entityType === "Place" && (m.source === "gazetteer" || m.source === "town" || m.source === "nested");

/**
 * "Kenya Power Generating Company (PowerGen)", "the Turkish Red Crescent (Kizilay)": a one-word name in
 * parentheses right after an organisation or project is its short name, here and wherever else the text uses it.
 * @example linkParenthesisNames(text, mentions) // "Pemra" -> canonical "Pakistan Electronic Media Regulatory Authority"
 */
export function linkParenthesisNames(text: string, mentions: MentionSpan[]): MentionSpan[] {
  const byEnd = new Map<number, MentionSpan>();
  for (const m of mentions) if ((m.entityType === "Organization" || m.entityType === "Project") && m.confidence >= MIN_CONFIDENCE && m.text.includes(" ")) byEnd.set(m.end, m);
  const owners = new Map<string, MentionSpan>();
  const defining = new Set<MentionSpan>();
  for (const m of mentions) {
    if (m.source.startsWith("acronym") || m.text.includes(" ") || knownPlace(m) || text[m.end] !== ")" || text.slice(m.start - 2, m.start) !== " (") continue;
    const long = byEnd.get(m.start - 2);
    if (!long) continue;
    defining.add(m);
    if (!owners.has(m.text)) owners.set(m.text, long);
  }
  if (!owners.size) return mentions;
  // the short name in the parentheses adds no mention of its own: the long name right before it is that mention
  return mentions.filter((m) => !defining.has(m)).map((m) => {
    const long = knownPlace(m) ? undefined : owners.get(m.text);
    return long ? { ...m, entityType: long.entityType, canonical: long.canonical ?? long.text, source: "paren-name", confidence: Math.max(m.confidence, 0.75) } : m;
  });
}

/** The name without its legal-form word ("X Holdings Ltd" -> "X Holdings"), or undefined. */
function stemOf(name: string): string | undefined {
  const at = name.lastIndexOf(" ");
  if (at < 0 || !LEGAL_FORMS.has(name.slice(at + 1).toLowerCase().replace(/\.$/, ""))) return undefined;
  const stem = name.slice(0, at).replace(/,$/, "");
  return stem.includes(" ") || /^\p{Lu}/u.test(stem) ? stem : undefined;
}

/**
 * "Mwenda Holdings Ltd" and "Mwenda Holdings", "Tarvo Wu Company" and "Tarvo Wu" in one document: one company,
 * named without its legal form; a person-shaped guess of the short name becomes the company.
 */
export function linkLegalForms(mentions: MentionSpan[]): MentionSpan[] {
  const stems = new Map<string, string>();
  for (const m of mentions) {
    if (m.entityType !== "Organization" || m.confidence < MIN_CONFIDENCE) continue;
    const stem = stemOf(m.canonical ?? m.text);
    if (stem) stems.set(stem, m.canonical ?? m.text);
  }
  if (!stems.size) return mentions;
  const used = new Set<string>();
  for (const m of mentions) if (stems.has(m.text) && (m.entityType === "Organization" || m.source === "name" || m.source === "capitalised")) used.add(m.text);
  if (!used.size) return mentions;
  return mentions.map((m) => {
    const full = m.canonical ?? m.text;
    const stem = stemOf(full);
    if (m.entityType === "Organization" && stem && used.has(stem)) return { ...m, canonical: stem };
    if (used.has(m.text) && m.entityType !== "Organization") return { ...m, entityType: "Organization", source: `${m.source}+legal-form`, confidence: Math.max(m.confidence, 0.7) };
    return m;
  });
}

/**
 * "the Tarvo dam" beside "the Tarvo Multipurpose Dam": a project named by a lower-case noun after its name is the one
 * project of the document whose name starts with that name and ends with that noun.
 */
export function linkProjectNouns(mentions: MentionSpan[]): MentionSpan[] {
  const first = new Map<string, string>(); // "the X terminal" then "the X project": one project, named as first met
  for (const m of mentions) if (m.source === "project-noun" && m.canonical && !first.has(m.text)) first.set(m.text, m.canonical);
  mentions = mentions.map((m) => (m.source === "project-noun" && m.canonical && first.get(m.text) !== m.canonical ? { ...m, canonical: first.get(m.text)! } : m));
  const named = new Set<string>();
  for (const m of mentions) if (m.entityType === "Project" && m.source !== "project-noun" && m.confidence >= MIN_CONFIDENCE) named.add(m.canonical ?? m.text);
  if (!named.size) return mentions;
  return mentions.map((m) => {
    if (m.source !== "project-noun" || !m.canonical) return m;
    const head = m.canonical.slice(m.canonical.lastIndexOf(" ") + 1).toLowerCase();
    const owners = [...named].filter((n) => n.startsWith(`${m.text} `) && n.toLowerCase().endsWith(` ${head}`));
    return owners.length === 1 ? { ...m, canonical: owners[0]! } : m;
  });
}
