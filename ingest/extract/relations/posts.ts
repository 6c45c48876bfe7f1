// Posts taken or held, said by a clause: "X was appointed head of Y", "named X as its chief", "X took command of Y".
import { findObject, isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import { orgNounAt } from "./org-nouns.js";
import { PLACE_HEADS } from "./roles.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, RoleEntry, SentenceView } from "./types.js";
import { DETS, isAdverb, norm } from "./words.js";

/** Words after which a role names the post someone takes or holds ("as", "appointed", "named"). */
const POST_CUES = new Set(["as", "appointed", "named", "became", "become", "becomes", "elected", "promoted", "installed", "reappointed", "is", "was", "remains", "remained"]);
/** Cues whose holder must stand right before them ("X is a member of Y"). */
const COPULA = new Set(["is", "was", "remains", "remained"]);
const TAKE = new Set(["take", "took", "taken", "takes", "taking", "assume", "assumed", "assumes", "assuming"]);
/** Nouns of "take command of Y" and "assume charge of Y". */
const COMMAND = new Set(["command", "charge"]);
const QUALIFIERS = new Set(["interim", "acting", "new", "permanent", "first", "next", "sole", "full", "former", "joint", "founding"]);
/** Prepositions that name the organisation of a post ("adviser to", "fellow at"). */
const PREPS = new Set(["of", "to", "at", "for", "in", "with"]);
const CONF = 0.65;

/** Applies the clause-level post patterns to the sentence. */
export function applyPosts(e: Emitter, v: SentenceView): void {
  if (!v.ms.some((m) => m.type === "Person")) return;
  for (let i = v.tokStart; i < v.tokEnd; i++) {
    if (mentionAt(v, i) >= 0) continue;
    const w = norm(tok(v, i)!);
    if (TAKE.has(w) && COMMAND.has(norm(tok(v, i + 1) ?? tok(v, i)!)) && norm(tok(v, i + 2) ?? tok(v, i)!) === "of") {
      const holder = holderBefore(v, i);
      // ("took command of the Zeta Army's 17th Division": the determiner, the owner and its 's are passed over.)
      const obj = findObject(v, i + 3, 3);
      const org = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
      if (holder && org?.type === "Organization") emit(e, { relation: "LEADS", head: holder.entityId, tail: org.entityId, sentence: v.index, trigger: `${w} ${norm(tok(v, i + 1)!)} of`, confidence: CONF });
      continue;
    }
    if (POST_CUES.has(w)) post(e, v, i);
  }
  applyRoleBeforeName(e, v);
}

/** "<cue> [a|the|its|Y's] [qualifiers] <role> [of|to|at Y]": the post's organisation and its holder. */
function post(e: Emitter, v: SentenceView, cue: number): void {
  let i = cue + 1;
  let indefinite = false;
  let its = false;
  for (; tok(v, i) && DETS.has(norm(tok(v, i)!)); i++) {
    const d = norm(tok(v, i)!);
    if (d === "a" || d === "an") indefinite = true;
    if (d === "its") its = true;
  }
  let owner: LocalMention | undefined;
  const om = mentionAt(v, i);
  if (om >= 0 && v.ms[om]!.possessive && v.ms[om]!.type === "Organization") {
    owner = v.ms[om]!;
    i = owner.tokEnd;
    while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
  }
  while (tok(v, i) && QUALIFIERS.has(norm(tok(v, i)!))) i++;
  const role = roleAt(e, v, i);
  if (!role || role.relation === "PART_OF") return;
  i += role.words.length;
  let org = owner;
  const prep = tok(v, i) ? norm(tok(v, i)!) : "";
  if (!org && PREPS.has(prep)) {
    const obj = findObject(v, i + 1, 2);
    const x = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
    if (x?.type === "Organization") org = x;
  }
  if (!org && its) org = nearestOrganisation(v, cue);
  // "Acme named X as chief executive": the organisation that names is the one of the post.
  if (!org && !owner && !PREPS.has(prep) && norm(tok(v, cue)!) === "as") org = appointer(v, cue);
  // "X is an engineer by training and a member of Y": a second post joined by "and a".
  if (!org && !owner) {
    let k = i;
    while (k < i + 4 && tok(v, k) && mentionAt(v, k) < 0 && /^\p{Ll}/u.test(tok(v, k)!.text) && norm(tok(v, k)!) !== "and") k++;
    if (tok(v, k) && norm(tok(v, k)!) === "and" && tok(v, k + 1) && /^an?$/.test(norm(tok(v, k + 1)!)) && roleAt(e, v, k + 2)) return post(e, v, k);
  }
  const holder = COPULA.has(norm(tok(v, cue)!)) ? subjectBefore(v, cue) : holderBefore(v, cue);
  if (!org || !holder) return;
  // "appointed a director of Y": one of several holders of a leading post is a member.
  const relation = indefinite && role.relation === "LEADS" ? "MEMBER_OF" : role.relation;
  const trigger = `${norm(tok(v, cue)!)} ${role.words.join(" ")}`;
  // "X succeeds Y as head of Z": both held the post; X is the subject of "succeeds".
  const successor = norm(tok(v, cue)!) === "as" ? succession(v, holder) : undefined;
  if (successor) emit(e, { relation, head: successor.entityId, tail: org.entityId, sentence: v.index, trigger, confidence: CONF });
  emit(e, { relation, head: holder.entityId, tail: org.entityId, sentence: v.index, trigger, confidence: successor ? 0.5 : CONF });
}

const SUCCEED = new Set(["succeed", "succeeds", "succeeded", "succeeding", "replace", "replaces", "replaced", "replacing"]);

/** The person who succeeds `object` when it is the object of "succeeds"/"replaces" ("X replaces Gen Y as ..."). */
function succession(v: SentenceView, object: LocalMention): LocalMention | undefined {
  let b = object.tokStart - 1;
  while (b > v.tokStart && mentionAt(v, b) < 0 && /^\p{Lu}/u.test(tok(v, b)!.text)) b--;
  if (!tok(v, b) || !SUCCEED.has(norm(tok(v, b)!))) return undefined;
  return holderBefore(v, b);
}

/** Longest role entry starting at token i (lower-case or title case). */
function roleAt(e: Emitter, v: SentenceView, i: number): RoleEntry | undefined {
  const first = tok(v, i);
  const candidates = first && mentionAt(v, i) < 0 ? e.lex.rolesByFirst.get(norm(first)) : undefined;
  return candidates?.find((r) => r.words.every((w, k) => { const t = tok(v, i + k); return !!t && mentionAt(v, i + k) < 0 && norm(t) === w; }));
}

/**
 * The person who takes the post: the nearest person before the cue, passing over one named as the
 * agent ("appointed by President X as ...") or governed by a preposition.
 */
function holderBefore(v: SentenceView, at: number): LocalMention | undefined {
  for (let i = at - 1; i >= v.tokStart; i--) {
    const mi = mentionAt(v, i);
    if (mi < 0) continue;
    const m = v.ms[mi]!;
    i = m.tokStart;
    if (m.type !== "Person" || m.possessive) continue;
    // Title words before the name ("by President X") are passed over.
    let b = m.tokStart - 1;
    while (b > v.tokStart && m.tokStart - b <= 4 && mentionAt(v, b) < 0 && /^\p{Lu}/u.test(tok(v, b)!.text) && (v.lex.roleWords.has(norm(tok(v, b)!)) || /^\p{Lu}\p{Ll}+\.?$/u.test(tok(v, b)!.text))) b--;
    const before = tok(v, b);
    if (before && /^(?:by|to|with|from|for|against|under)$/.test(norm(before))) continue;
    return m;
  }
  return undefined;
}

const WHEN = /^(?:on|also|formally|officially|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
const APPOINT = new Set(["named", "appointed", "elected", "chose", "picked", "tapped", "hired", "promoted", "nominated"]);

/** "Acme [on Monday] named [Title] X as ...": the organisation right before the appointing verb. */
function appointer(v: SentenceView, cue: number): LocalMention | undefined {
  const holder = holderBefore(v, cue);
  if (!holder) return undefined;
  let b = holder.tokStart - 1;
  while (b > v.tokStart && holder.tokStart - b <= 4 && mentionAt(v, b) < 0 && /^\p{Lu}/u.test(tok(v, b)!.text)) b--;
  if (!tok(v, b) || !APPOINT.has(norm(tok(v, b)!))) return undefined;
  // "Acme on Monday named", "Acme also named".
  let a = b - 1;
  while (a > b - 4 && tok(v, a) && mentionAt(v, a) < 0 && WHEN.test(norm(tok(v, a)!))) a--;
  const o = mentionAt(v, a) >= 0 ? v.ms[mentionAt(v, a)]! : undefined;
  return o?.type === "Organization" && !o.possessive && v.groups[o.group]!.length === 1 ? o : undefined;
}

/** "Acme named X as its chief", "X moved to Acme as its deputy chief": the nearest organisation before the cue. */
function nearestOrganisation(v: SentenceView, before: number): LocalMention | undefined {
  for (let k = v.ms.length - 1; k >= 0; k--) {
    const m = v.ms[k]!;
    if (m.tokEnd <= before && m.type === "Organization" && !m.possessive) return m;
  }
  return undefined;
}

/** "X is a member of Y", "X, 54, was the head of Y": the person right before the copula. */
function subjectBefore(v: SentenceView, cue: number): LocalMention | undefined {
  let i = cue - 1;
  while (i > v.tokStart && isAdverb(tok(v, i)!)) i--;
  // An age or a short aside in commas: "X, 54, is ...".
  if (isComma(tok(v, i)) && tok(v, i - 2) && isComma(tok(v, i - 2))) i -= 3;
  const mi = mentionAt(v, i);
  const m = mi >= 0 ? v.ms[mi]! : undefined;
  if (!m || m.type !== "Person" || m.possessive) return undefined;
  // The person opens the clause ("The man who shot X was ..." is about someone else).
  let b = m.tokStart - 1;
  while (b >= v.tokStart && mentionAt(v, b) < 0 && /^\p{Lu}/u.test(tok(v, b)!.text)) b--;
  return b < v.tokStart || CLAUSE_OPEN.test(tok(v, b)!.text) ? m : undefined;
}

const CLAUSE_OPEN = /^(?:[,;:"“”'‘’(]|and|but|while|whereas|because|that)$/i;

/** "the commander of the Zeta Corps, Maj Gen X": a role phrase before a name in apposition. */
function applyRoleBeforeName(e: Emitter, v: SentenceView): void {
  for (let i = v.tokStart + 1; i < v.tokEnd; i++) {
    if (norm(tok(v, i - 1)!) !== "the" || mentionAt(v, i) >= 0) continue;
    const role = roleAt(e, v, i);
    if (!role || role.relation === "PART_OF" || norm(tok(v, i + role.words.length) ?? tok(v, i)!) !== "of") continue;
    const obj = findObject(v, i + role.words.length + 1, 1);
    if (!obj) continue;
    const g = v.groups[obj.group]!;
    const org = v.ms[g[0]!]!;
    let j = v.ms[g[g.length - 1]!]!.tokEnd;
    while (mentionAt(v, j) >= 0 && v.ms[mentionAt(v, j)]!.group === obj.group) j = v.ms[mentionAt(v, j)]!.tokEnd;
    // ("The mayor of Sidakan, X": the head of a town leads it.)
    const local = org.type === "Place" && PLACE_HEADS.has(role.words.join(" ")) && !v.lex.countries.has(norm(tok(v, org.tokStart)!));
    if ((org.type !== "Organization" && !local) || g.length !== 1 || !isComma(tok(v, j))) continue;
    // Titles between the comma and the name ("Maj Gen", "Lieutenant General").
    let k = j + 1;
    while (k < j + 5 && mentionAt(v, k) < 0 && tok(v, k) && /^\p{Lu}/u.test(tok(v, k)!.text)) k++;
    const p = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)]! : undefined;
    // (Not "the mayor of Y, X said": the person closes the apposition.)
    const closes = !!p && (!tok(v, p.tokEnd) || /^[,.;:(]$/.test(tok(v, p.tokEnd)!.text));
    if (p?.type === "Person" && closes) emit(e, { relation: role.relation, head: p.entityId, tail: org.entityId, sentence: v.index, trigger: `the ${role.words.join(" ")} of`, confidence: CONF });
  }
  groupRoleBeforeName(e, v);
}

/** "A spokesman for the group, X, said": a role of an organisation named before by a common noun, then the name. */
function groupRoleBeforeName(e: Emitter, v: SentenceView): void {
  for (let i = v.tokStart + 1; i < v.tokEnd - 4; i++) {
    const det = norm(tok(v, i - 1)!);
    if (!/^(?:a|an|the)$/.test(det) || mentionAt(v, i) >= 0) continue;
    const role = roleAt(e, v, i);
    const prep = role ? norm(tok(v, i + role.words.length) ?? tok(v, i)!) : "";
    if (!role || role.relation === "PART_OF" || (prep !== "of" && prep !== "for")) continue;
    const g = orgNounAt(v, i + role.words.length + 1);
    if (!g || !isComma(tok(v, g.end))) continue;
    let k = g.end + 1;
    while (k < g.end + 5 && mentionAt(v, k) < 0 && tok(v, k) && /^\p{Lu}/u.test(tok(v, k)!.text)) k++;
    const p = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)]! : undefined;
    const relation = det !== "the" && role.relation === "LEADS" ? "MEMBER_OF" : role.relation;
    if (p?.type === "Person" && isComma(tok(v, p.tokEnd))) emit(e, { relation, head: p.entityId, tail: g.id, sentence: v.index, trigger: `${det} ${role.words.join(" ")} ${prep} the`, confidence: 0.55 });
  }
}
