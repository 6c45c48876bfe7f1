// Roles in lists and second descriptions: "A and B, both members of Y", "X, a minister and Acme leader".
import { isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { orgNounAt } from "./org-nouns.js";
import { postObject } from "./post-object.js";
import { POST_PREPS, QUALIFIERS, roleAt } from "./role-words.js";
import type { LocalMention, RoleEntry, SentenceView } from "./types.js";
import { DETS, norm } from "./words.js";

/** Words that end an apposition: a relative pronoun opens a clause of its own. */
const APPOSITION_END = new Set(["who", "which", "that", "whose", "whom", "said", "says"]);

/**
 * "X, a member of the provincial assembly and a senior leader of Y", "X, a former minister and Acme leader":
 * a second description joined by "and" in the same apposition gives its own post.
 */
export function secondDescription(e: Emitter, v: SentenceView, m: LocalMention, from: number, opensIndefinite: boolean): void {
  for (let k = from + 1; k < from + 12 && tok(v, k); k++) {
    const t = tok(v, k)!;
    const w = norm(t);
    if (isComma(t) || t.text === "." || APPOSITION_END.has(w) || (mentionAt(v, k) >= 0 && v.ms[mentionAt(v, k)]!.type === "Person")) return;
    if (w !== "and") continue;
    let j = k + 1;
    // ("X, a former minister and Acme leader": the article of the first description covers the second.)
    let indefinite = opensIndefinite;
    for (; tok(v, j) && (DETS.has(norm(tok(v, j)!)) || QUALIFIERS.has(norm(tok(v, j)!))); j++) if (/^an?$/.test(norm(tok(v, j)!))) indefinite = true;
    const om = mentionAt(v, j);
    let role: RoleEntry | undefined;
    let tail: string | undefined;
    if (om >= 0 && v.ms[om]!.type === "Organization") {
      // "and Acme leader", "and an Acme (AC) commander".
      let r = v.ms[om]!.tokEnd;
      while (mentionAt(v, r) >= 0 && v.ms[mentionAt(v, r)]!.entityId === v.ms[om]!.entityId) r = v.ms[mentionAt(v, r)]!.tokEnd;
      role = tok(v, r) && /^\p{Ll}/u.test(tok(v, r)!.text) ? roleAt(e, v, r) : undefined;
      tail = v.ms[om]!.entityId;
    } else {
      role = roleAt(e, v, j);
      const prep = role && tok(v, j + role.words.length) ? norm(tok(v, j + role.words.length)!) : "";
      const obj = role && (prep === "of" || POST_PREPS.has(prep)) ? postObject(v, j + role.words.length + 1, 3) : undefined;
      const x = obj ? v.ms[v.groups[obj.group]![0]!]! : undefined;
      tail = x?.type === "Organization" ? x.entityId : undefined;
    }
    if (!role || !tail || role.relation === "PART_OF") return;
    const relation = role.relation === "LEADS" && indefinite ? "MEMBER_OF" : role.relation;
    return void emit(e, { relation, head: m.entityId, tail, sentence: v.index, trigger: `and ${role.words.join(" ")}`, confidence: 0.6 });
  }
}

/** "A and B, both members of Y": every person of the list holds the post (the role in the plural). */
export function pluralRole(e: Emitter, v: SentenceView, m: LocalMention, i: number): void {
  const t = tok(v, i);
  const w = t ? norm(t) : "";
  if (!w.endsWith("s")) return;
  const entry = (e.lex.rolesByFirst.get(w.slice(0, -1)) ?? []).find((r) => r.words.length === 1);
  const prep = tok(v, i + 1) ? norm(tok(v, i + 1)!) : "";
  if (!entry || entry.relation === "PART_OF" || !POST_PREPS.has(prep)) return;
  const obj = postObject(v, i + 2, 2);
  const x = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
  const tail = x?.type === "Organization" ? x.entityId : prep === "of" || prep === "at" ? orgNounAt(v, i + 2)?.id : undefined;
  if (!tail) return;
  for (const k of v.groups[m.group]!)
    if (v.ms[k]!.type === "Person") emit(e, { relation: "MEMBER_OF", head: v.ms[k]!.entityId, tail, sentence: v.index, trigger: `${w} ${prep}`, confidence: 0.6 });
}
