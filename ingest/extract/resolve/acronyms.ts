// Acronym resolution: "Long Form (LF)" definitions, initials matching, and role acronyms ("Chief of Staff (COS)").
import type { MentionSpan, RoleSpan, Token } from "../types.js";
import { tokenIndexAt } from "./token-index.js";

const MINOR = new Set(["of", "the", "and", "for", "&", "de", "in", "on"]);

/** Letters an acronym may take from a name: initials of words and hyphen parts, minor words optional. */
function matchesInitials(acronym: string, name: string): boolean {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  const target = acronym.toUpperCase();
  const go = (p: number, a: number): boolean => {
    if (a === target.length) return parts.slice(p).every((w) => MINOR.has(w.toLowerCase()));
    if (p === parts.length) return false;
    const w = parts[p]!;
    if (w[0]!.toUpperCase() === target[a] && go(p + 1, a + 1)) return true;
    return MINOR.has(w.toLowerCase()) && go(p + 1, a);
  };
  return target.length >= 2 && go(0, 0);
}

function definedBefore(tokens: Token[], m: MentionSpan): number {
  const i = tokenIndexAt(tokens, m.start);
  if (i < 2 || tokens[i - 1]!.text !== "(" || tokens[i + 1]?.text !== ")") return -1;
  return tokens[i - 2]!.end;
}

/**
 * Points every acronym mention at its long form (sets `canonical`, `entityType`, and the source
 * "acronym-linked"); drops acronyms that abbreviate a role. Returns acronym -> long-form mention.
 */
export function resolveAcronyms(tokens: Token[], mentions: MentionSpan[], roles: RoleSpan[]): { kept: MentionSpan[]; longForms: Map<string, MentionSpan> } {
  const byEnd = new Map<number, MentionSpan>();
  for (const m of mentions) if (m.source !== "acronym") byEnd.set(m.end, m);
  const roleEnds = new Set(roles.map((r) => r.end));
  const longForms = new Map<string, MentionSpan>();
  const roleAcronyms = new Set<string>();
  for (const m of mentions) {
    if (m.source !== "acronym") continue;
    const end = definedBefore(tokens, m);
    if (end < 0) continue;
    const def = byEnd.get(end);
    if (def && def.entityType !== "Person" && !longForms.has(m.text)) longForms.set(m.text, def);
    else if (!def && roleEnds.has(end)) roleAcronyms.add(m.text);
  }
  const candidates = mentions.filter((m) => m.source !== "acronym" && (m.entityType === "Organization" || m.entityType === "Project"));
  const kept: MentionSpan[] = [];
  for (const m of mentions) {
    if (m.source !== "acronym") {
      kept.push(m);
      continue;
    }
    if (roleAcronyms.has(m.text)) continue;
    let def = longForms.get(m.text);
    if (!def) {
      const hits = new Set(candidates.filter((c) => matchesInitials(m.text, c.canonical ?? c.text)).map((c) => c.canonical ?? c.text));
      if (hits.size === 1) def = candidates.find((c) => (c.canonical ?? c.text) === [...hits][0]);
      if (def) longForms.set(m.text, def);
    }
    if (def) kept.push({ ...m, entityType: def.entityType, canonical: def.canonical ?? def.text, source: "acronym-linked", confidence: Math.max(m.confidence, 0.8) });
    else kept.push(m);
  }
  return { kept, longForms };
}

export { matchesInitials };
