// Roles before a name: "Country's Army Chief General Y", "a spokesman for Acme, Y", "Its chief executive, Y".
import { isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { orgByNoun, orgNounAt } from "./org-nouns.js";
import { attach } from "./role-attach.js";
import { QUALIFIERS, roleAt } from "./role-words.js";
import type { LocalMention, RoleEntry, SentenceView } from "./types.js";
import { DETS, PREPS, isCapitalised, norm } from "./words.js";

/** "[Country's] <Role> [Title] Y" and "<Role> of Z (ACR), General Y". */
export function before(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokStart - 1;
  let owner: LocalMention | undefined;
  let role: RoleEntry | undefined;
  let target: LocalMention | undefined;
  let modifiers = 0;
  let roleStart = -1;
  for (let n = 0; i >= v.tokStart && n < 9; i--, n++) {
    const t = tok(v, i)!;
    const mi = mentionAt(v, i);
    if (mi >= 0) {
      const x = v.ms[mi]!;
      if (x.possessive && !owner && role) owner = x;
      else if (role && norm(tok(v, x.tokStart - 1) ?? t) === "of") target ??= x;
      else if (role && x.tokEnd === i + 1 && x.type !== "Person") {
        // "NCNA Director Jane Doe": the organisation named right before the role.
        target ??= x;
        break;
      } else if (!role && (x.type === "Organization" || x.type === "Place") && !x.possessive) {
        // "A spokesman for Acme, X", "the UN envoy for Yemen, X": a role with its post phrase, then the person after a comma.
        // (Not "... of Kurram, X said": the person must close the apposition.)
        const closes = !tok(v, m.tokEnd) || /^[,.;:(]$/.test(tok(v, m.tokEnd)!.text);
        const post = closes && isComma(tok(v, m.tokStart - 1)) && x.tokEnd === m.tokStart - 1 ? rolePrepBefore(e, v, x) : undefined;
        if (post) {
          // ("the company's chief executive for Africa, X": the head of a region is a member of the whole.)
          [role, roleStart] = [x.type === "Place" && post.prep === "for" && post.role.relation === "LEADS" ? { ...post.role, relation: "MEMBER_OF" } : post.role, post.start];
          if (x.type === "Organization" || post.prep === "of") target = x;
          i = post.start;
          continue;
        }
        // "Director General Acme Maj Gen X": a title-case role, its organisation, then the person's rank.
        for (let k = 1; k <= 3 && x.type === "Organization"; k++) {
          const r = roleAt(e, v, x.tokStart - k);
          if (r && r.words.length === k && isCapitalised(tok(v, x.tokStart - k)!) && x.tokStart - k >= v.tokStart) {
            [role, roleStart, target] = [r, x.tokStart - k, x];
            break;
          }
        }
        break;
      } else break;
      i = x.tokStart;
      continue;
    }
    if (t.text === "," && role) break; // "..., Secretary of State X": the role is complete
    // ("Acme Chairman Lieutenant General (retd) X": a note on the rank.)
    if (/^[(),]$/.test(t.text) || /^['’]s?$/.test(t.text) || norm(t) === "of" || RANK_NOTES.has(norm(t))) continue;
    if (!isCapitalised(t) && !e.lex.roleWords.has(norm(t))) {
      // "Burkina Faso's junta leader X": up to two plain modifiers between the owner and the role.
      const w = norm(t);
      const modifier = role && !DETS.has(w) && !PREPS.has(w) && (t.tags.includes("Noun") || t.tags.includes("Adjective") || QUALIFIERS.has(w));
      if (modifier && modifiers++ < 2) continue;
      break;
    }
    const here = roleAt(e, v, i);
    // ("NDFP chief political consultant X": the role next to the name wins over a modifier further left,
    // unless the longer role covers it: "Chief Executive Officer", "Army Chief".)
    if (here && (!role || i + here.words.length >= roleStart)) [role, roleStart] = [here, i];
  }
  if (!role) return;
  // "a senior commander of Acme, X": one of several holders of a leading post is a member.
  let q = roleStart - 1;
  while (q > v.tokStart && QUALIFIERS.has(norm(tok(v, q)!))) q--;
  if (role.relation === "LEADS" && q >= v.tokStart && /^an?$/.test(norm(tok(v, q)!))) role = { ...role, relation: "MEMBER_OF" };
  // "Its chief executive, X, ...": "its" is the organisation the sentence (or else the previous one) opened with.
  const pronoun = roleStart > v.tokStart ? norm(tok(v, roleStart - 1)!) : "";
  const its = !target && !owner && pronoun === "its" ? sameSentenceOwner(v, roleStart - 1) ?? openingOwner(v, roleStart - 1) ?? previousSubject(v) : undefined;
  // "The Acme Union (AU), whose president X staged a protest": the organisation the relative clause hangs on.
  const whose = !target && !owner && pronoun === "whose" ? whoseOwner(v, roleStart - 1) : undefined;
  if (its ?? whose) return void emit(e, { relation: role.relation, head: m.entityId, tail: (its ?? whose)!, sentence: v.index, trigger: `${pronoun} ${role.words.join(" ")}`, confidence: 0.6 });
  const nounBefore = orgNounBefore(e, v, roleStart);
  if (!target && !owner && !nounBefore && roleStart > v.tokStart) {
    // "Ministry spokesman X": a capitalised bare organisation noun named earlier in full.
    const bare = isCapitalised(tok(v, roleStart - 1)!) ? orgByNoun(v, roleStart - 1) : undefined;
    if (bare) return void emit(e, { relation: role.relation, head: m.entityId, tail: bare, sentence: v.index, trigger: role.words.join(" "), confidence: 0.55 });
    // "The company's operations director, X": the head of a portfolio (a word before the role) is a member.
    for (let k = roleStart - 1; k >= roleStart - 3 && k > v.tokStart + 1; k--) {
      if (!/^['’]s?$/.test(tok(v, k)!.text)) continue;
      const g = orgNounAt(v, k - 2);
      if (!g || g.end !== k) break;
      const relation = role.relation === "LEADS" && k < roleStart - 1 ? "MEMBER_OF" : role.relation;
      return void emit(e, { relation, head: m.entityId, tail: g.id, sentence: v.index, trigger: role.words.join(" "), confidence: 0.55 });
    }
  }
  attach(e, v, m, role, target, owner, m.tokStart, roleStart, nounBefore);
}

/** Notes in brackets after a rank ("Major General (retd) X"). */
const RANK_NOTES = new Set(["retd", "rtd", "retired", "r"]);

/** Prepositions that tie a role to its organisation or place before a name in apposition ("a spokesman for Acme, X", "Acme's head of mission in Peru, X"). */
const ROLE_PREPS = new Set(["of", "for", "at", "with", "in", "on"]);

/** "spokesman for [the] X": the role (1-3 words) and preposition right before the mention x, or undefined. */
function rolePrepBefore(e: Emitter, v: SentenceView, x: LocalMention): { role: RoleEntry; start: number; prep: string } | undefined {
  let j = x.tokStart - 1;
  while (j > v.tokStart && DETS.has(norm(tok(v, j)!))) j--;
  const prep = tok(v, j) ? norm(tok(v, j)!) : "";
  if (!ROLE_PREPS.has(prep)) return undefined;
  for (let k = 3; k >= 1; k--) {
    const r = j - k >= v.tokStart ? roleAt(e, v, j - k) : undefined;
    if (r && r.words.length === k && r.relation !== "PART_OF") return { role: r, start: j - k, prep };
  }
  return undefined;
}

/** "police spokesman X", "air force commander X": a lower-case state organisation noun right before the role. */
function orgNounBefore(e: Emitter, v: SentenceView, roleStart: number): string[] | undefined {
  return e.lex.orgNouns.find((o) => o.every((w, k) => {
    const t = tok(v, roleStart - o.length + k);
    return !!t && roleStart - o.length + k >= v.tokStart && /^\p{Ll}/u.test(t.text) && norm(t) === w;
  }));
}

/** "The Navy, its spokesperson X said, has ...": the organisation right before ", its". */
function sameSentenceOwner(v: SentenceView, its: number): string | undefined {
  // ("Acme, and its owner, X": "and" may stand between, after a name.)
  const and = norm(tok(v, its - 1) ?? tok(v, its)!) === "and";
  if (and) its--;
  if (!isComma(tok(v, its - 1))) return undefined;
  const x = mentionAt(v, its - 2) >= 0 ? v.ms[mentionAt(v, its - 2)]! : undefined;
  if (and && x && !isCapitalised(tok(v, x.tokStart)!)) return undefined;
  return x?.type === "Organization" && !x.possessive ? x.entityId : undefined;
}

/** "The Acme Union (AU), whose ...": the organisation right before ", whose", past a bracketed acronym. */
function whoseOwner(v: SentenceView, whose: number): string | undefined {
  let b = whose - 1;
  if (!isComma(tok(v, b))) return undefined;
  b--;
  if (tok(v, b)?.text === ")") for (let k = b - 1; k > b - 5 && tok(v, k); k--) if (tok(v, k)!.text === "(") { b = k - 1; break; }
  const x = mentionAt(v, b) >= 0 ? v.ms[mentionAt(v, b)]! : undefined;
  return x?.type === "Organization" && !x.possessive ? x.entityId : undefined;
}

/** "The Acme Board agreed ..., and its chairman, X, said": the organisation opening the sentence, when no other organisation stands before "its". */
function openingOwner(v: SentenceView, its: number): string | undefined {
  // ("The Philippines' Department of X said its ...": a country's possessive may open the sentence.)
  const first = v.ms.find((x) => !(x.possessive && x.type === "Place"));
  if (!first || first.type !== "Organization" || first.possessive || first.tokEnd > its) return undefined;
  for (let b = first.tokStart - 1; b >= v.tokStart; b--) {
    const x = mentionAt(v, b) >= 0 ? v.ms[mentionAt(v, b)]! : undefined;
    if (x?.possessive && x.type === "Place") b = x.tokStart;
    else if (!DETS.has(norm(tok(v, b)!)) && !/^['’]s?$/.test(tok(v, b)!.text)) return undefined;
  }
  // (A definite description, "the ministry", names no second candidate.)
  for (const x of v.ms) if (x !== first && x.tokStart < its && x.type === "Organization" && x.entityId !== first.entityId && isCapitalised(tok(v, x.tokStart)!)) return undefined;
  return first.entityId;
}

/** The organisation named first in the previous sentence, when that sentence starts with it. */
function previousSubject(v: SentenceView): string | undefined {
  const prev = v.doc.sentences[v.index - 1];
  if (!prev) return undefined;
  const first = v.doc.mentions.filter((x) => x.sentence === v.index - 1 && x.entityId).sort((a, b) => a.start - b.start)[0];
  // "The [banned] Acme Front claimed ...": a determiner and up to two lower-case words may open the sentence.
  if (!first || !/^(?:the(?:\s+\p{Ll}[\p{L}-]*){0,2})?$/iu.test(v.doc.source.text.slice(prev.start, first.start).trim())) return undefined;
  return v.doc.entities.find((x) => x.id === first.entityId)?.entityType === "Organization" ? first.entityId : undefined;
}
