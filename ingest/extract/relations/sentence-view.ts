// Builds the per-sentence view: mentions placed on tokens and coordination groups ("A, B, and C").
import type { EntityType } from "../../../graph/types.js";
import type { AnnotatedDoc, MentionSpan } from "../types.js";
import type { Lexicon, LocalMention, SentenceView } from "./types.js";

/** Text allowed between two members of a list: commas, and/or, determiners, "as well as". */
const LIST_GAP = /^(?:\s|,|\band\b|\bor\b|&|\bthe\b|\bboth\b|\bas well as\b|\b\p{Ll}+-\p{Ll}+\b|\b(?:his|her|its|their) (?:[\p{L}-]+ )?counterparts?\b)*$/iu;
/** " and Sheikh ", " and Prime Minister ": a conjunction then capitalised title words before a person. */
const AND_TITLES = /^\s*(?:,\s*)?and(?:\s+\p{Lu}[\p{L}.-]*){1,3}\s+$/u;
const HAS_CONJ = /\b(?:and|or|as well as)\b|&/i;
const PARENS = /^\s*\(\s*$/;
/** ", the [Estonian] grid operator, and ": a short lower-case apposition (a demonym may open it) closing a list member. */
const APPOSITION_AND = /^\s*,\s*(?:the|its|their|his|her|a|an)(?:\s+\p{Lu}\p{Ll}+)?(?:\s+\p{Ll}[\p{Ll}-]*){1,4}\s*,\s*and\s+(?:the\s+)?$/u;
/** "'s Finance Minister ": a possessive followed only by title words up to the next name. */
const TITLE_RUN = /^['’]s?(?:\s+\p{Lu}[\p{L}.-]*){1,4}\s+$/u;
/** "'s ", "'s sovereign wealth fund ": a possessive owner right before a name, or before a short lower-case description of it. */
const OWNER_RUN = /^['’]s?(?:\s+(?!(?:and|or|the|a|an|of|in|on|at|with|for|to|by|from)\s)\p{Ll}[\p{Ll}-]*){0,3}\s+$/u;

/** Mentions of the sentence, sorted, with token ranges; mentions without an entity are left out. */
export function sentenceView(doc: AnnotatedDoc, lex: Lexicon, index: number, mentions: MentionSpan[], types: Map<string, EntityType>): SentenceView {
  const s = doc.sentences[index]!;
  const text = doc.source.text;
  const ms: LocalMention[] = [];
  let t = s.tokenStart;
  let covered = -1;
  for (const m of mentions) {
    // Mentions come sorted by start, longest first; a place named inside a name ("Canada" in "Canada Audit Office") is skipped.
    if (!m.entityId || m.start < covered) continue;
    covered = m.end;
    while (t < s.tokenEnd && doc.tokens[t]!.end <= m.start) t++;
    let e = t;
    while (e < s.tokenEnd && doc.tokens[e]!.start < m.end) e++;
    if (e === t) continue;
    const after = text.slice(m.end, m.end + 3);
    const possessive = /^['’]s?\b/.test(after) || /^['’](?:\s|$)/.test(after) || /['’]s$/.test(m.text);
    ms.push({ entityId: m.entityId, type: types.get(m.entityId) ?? m.entityType, tokStart: t, tokEnd: e, start: m.start, end: m.end, possessive, group: -1 });
  }
  const mentionAt = new Int32Array(s.tokenEnd - s.tokenStart).fill(-1);
  ms.forEach((m, i) => {
    for (let k = m.tokStart; k < m.tokEnd; k++) mentionAt[k - s.tokenStart] = i;
  });
  return { doc, lex, index, tokStart: s.tokenStart, tokEnd: s.tokenEnd, ms, groups: groupMentions(ms, text, lex.roleWords), mentionAt };
}

/** Joins list members; an acronym in brackets right after its long form stays part of that member. */
function groupMentions(ms: LocalMention[], text: string, roleWords: ReadonlySet<string>): number[][] {
  const groups: number[][] = [];
  let cur: number[] = [];
  let gaps = "";
  const close = () => {
    if (cur.length > 1 && !HAS_CONJ.test(gaps)) cur.forEach((i) => groups.push([i]));
    else if (cur.length) groups.push(cur);
    cur = [];
    gaps = "";
  };
  let gapEnd: number | undefined;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const prev = cur.length ? ms[cur[cur.length - 1]!]! : undefined;
    const next = ms[i + 1];
    if (next && ((m.possessive && (TITLE_RUN.test(text.slice(m.end, next.start)) || (prev && OWNER_RUN.test(text.slice(m.end, next.start))))) || orgTitle(m, next, text, roleWords))) {
      // "A and Mozambique's Finance Minister B": the owner sits inside B's title, B is the list member.
      groups.push([i]);
      gapEnd ??= m.start;
      continue;
    }
    if (prev) {
      const gap = text.slice(prev.end, gapEnd ?? m.start);
      const sameEntity = prev.entityId === m.entityId && (PARENS.test(gap) || gap.trim() === "");
      if (sameEntity) {
        // "(ACA)" after "Anti-Corruption Agency": the same member; extend it.
        prev.end = Math.max(prev.end, m.end);
        m.group = -2;
        continue;
      }
      const cleaned = gap.replace(/^\s*\)/, "").replace(/\s*\([^()]*\)\s*/g, " ");
      const titled = m.type === "Person" && prev.type === "Person" && AND_TITLES.test(cleaned);
      const apposed = !titled && m.type === prev.type && APPOSITION_AND.test(cleaned);
      if (!prev.possessive && (titled || apposed || LIST_GAP.test(cleaned)) && cleaned.trim() !== "") {
        cur.push(i);
        gaps += `|${cleaned}`;
        gapEnd = undefined;
        continue;
      }
      close();
    }
    gapEnd = undefined;
    cur.push(i);
  }
  close();
  groups.forEach((g, gi) => g.forEach((i) => (ms[i]!.group = gi)));
  // A bracketed repeat points at the group of its long form.
  for (let i = 0; i < ms.length; i++) if (ms[i]!.group === -2) ms[i]!.group = ms[i - 1]!.group;
  return groups;
}

/** "Acme chief executive B": an organisation followed only by lower-case role words sits inside B's title. */
function orgTitle(m: LocalMention, next: LocalMention, text: string, roleWords: ReadonlySet<string>): boolean {
  if (m.type !== "Organization" || next.type !== "Person") return false;
  const words = text.slice(m.end, next.start).trim().split(/\s+/);
  return words.length > 0 && words.length <= 3 && words.every((w) => /^\p{Ll}/u.test(w) && roleWords.has(w));
}
