// Roles after a name: "Y, Vice Chairman of Z", "Y, the group's spokesman", "Senator Y of Z".
import { findObject, isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { orgNounAt } from "./org-nouns.js";
import { postObject } from "./post-object.js";
import { attach } from "./role-attach.js";
import { pluralRole, secondDescription } from "./role-lists.js";
import { POST_PREPS, QUALIFIERS, describing, roleAfterName, roleAt } from "./role-words.js";
import { stateOrganisation } from "./state-orgs.js";
import type { LocalMention, SentenceView } from "./types.js";
import { DETS, PREPS, isAdverb, isCapitalised, norm } from "./words.js";

/** "Y, [the] [Z's] <role> [of] Z" and "Y <Role> Z" (no comma). */
export function after(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokEnd;
  if (mentionAt(v, i) >= 0 && v.ms[mentionAt(v, i)]!.entityId === m.entityId) i = v.ms[mentionAt(v, i)]!.tokEnd;
  // "X (ACR), a subsidiary of Y": a short parenthesis before the comma belongs to the name.
  if (tok(v, i)?.text === "(") for (let k = i + 1; k < i + 5 && tok(v, k); k++) if (tok(v, k)!.text === ")") { if (isComma(tok(v, k + 1))) i = k + 1; break; }
  const comma = isComma(tok(v, i));
  // "Senator Ann Ford of the Labour Party": a person of an organisation belongs to it.
  // "Judge Ann Ford, of the Appeals Court, said": the same with a comma.
  const ofAt = !comma ? i : isComma(tok(v, i)) && tok(v, i + 1) && norm(tok(v, i + 1)!) === "of" ? i + 1 : -1;
  if (ofAt >= 0 && m.type === "Person" && tok(v, ofAt) && norm(tok(v, ofAt)!) === "of") {
    const obj = postObject(v, ofAt + 1, 2);
    const org = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
    if (org?.type === "Organization") emit(e, { relation: "MEMBER_OF", head: m.entityId, tail: org.entityId, sentence: v.index, trigger: "of", confidence: 0.6 });
    return;
  }
  // "Jo Li from the Tax Office said": a person right before "from" an organisation works there.
  if (!comma && m.type === "Person" && tok(v, i) && norm(tok(v, i)!) === "from") {
    let k = i + 1;
    while (tok(v, k) && DETS.has(norm(tok(v, k)!))) k++;
    const x = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)]! : undefined;
    if (x?.type === "Organization" && !x.possessive && v.groups[x.group]!.length === 1) emit(e, { relation: "MEMBER_OF", head: m.entityId, tail: x.entityId, sentence: v.index, trigger: "from", confidence: 0.55 });
    return;
  }
  if (comma) i++;
  // "X, who, officials said, was the group's deputy chief": a relative clause with a copula.
  if (comma && m.type === "Person" && tok(v, i) && norm(tok(v, i)!) === "who") {
    i = copulaAfterWho(v, i + 1);
    if (i < 0) return;
  }
  // "X, a commander of Y": one of several holders of a leading post is a member.
  let indefinite = false;
  let collective = false;
  for (; tok(v, i) && DETS.has(norm(tok(v, i)!)); i++) {
    if (/^an?$/.test(norm(tok(v, i)!))) indefinite = true;
    if (/^(?:both|all|each)$/.test(norm(tok(v, i)!))) collective = true;
  }
  // "A and B, both members of Y", "A and B, engineers with Y".
  if (collective && comma && m.type === "Person") return pluralRole(e, v, m, i);
  if (comma && m.type === "Person" && !indefinite && v.groups[m.group]!.length > 1 && tok(v, i) && /^\p{Ll}/u.test(tok(v, i)!.text)) pluralRole(e, v, m, i);
  // "X, a member of the provincial assembly and a senior leader of Y": a second description.
  if (comma && m.type === "Person") secondDescription(e, v, m, i, indefinite);
  let owner: LocalMention | undefined;
  const om = mentionAt(v, i);
  if (om >= 0 && (v.ms[om]!.possessive || (comma && v.ms[om]!.type === "Organization" && roleAfterName(e, v, v.ms[om]!.tokEnd)))) {
    // "X, the group's spokesman" and "X, a Zeta subsidiary": the organisation before the role owns it.
    owner = v.ms[om]!;
    i = owner.tokEnd;
    while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
  }
  // "X, the army's spokesman": a lower-case state organisation noun as owner.
  let nounOwner: string | undefined;
  if (comma && !owner && tok(v, i + 1) && /^['’]s?$/.test(tok(v, i + 1)!.text) && e.lex.orgNouns.some((o) => o.length === 1 && o[0] === norm(tok(v, i)!))) {
    nounOwner = stateOrganisation(v.doc.entities, norm(tok(v, i)!), undefined, e)?.id;
    if (nounOwner) i += 2;
  }
  // "X, the group's spokesman", "X, the ministry's director": an organisation named earlier.
  if (comma && !owner && !nounOwner && tok(v, i + 1) && /^['’]s?$/.test(tok(v, i + 1)!.text) && tok(v, i - 1) && norm(tok(v, i - 1)!) === "the") {
    nounOwner = orgNounAt(v, i - 1)?.id;
    if (nounOwner) i += 2;
  }
  // "Mali's interim president", "the acting director": qualifiers that keep the role.
  while (tok(v, i) && (QUALIFIERS.has(norm(tok(v, i)!)) || (comma && isAdverb(tok(v, i)!) && /ly$/.test(norm(tok(v, i)!))))) i++;
  // "X, the logistics subsidiary of Y", "X, the group's Romanian subsidiary": up to two describing words.
  if (comma && !roleAt(e, v, i))
    for (let k = 1; k <= 2 && describing(e, v, i + k - 1); k++)
      if (roleAt(e, v, i + k)) {
        i += k;
        break;
      }
  // "X, a retired brigadier general and a fellow at Y": a second description joined by "and".
  if (comma && !roleAt(e, v, i)) {
    let k = i;
    while (k < i + 5 && tok(v, k) && mentionAt(v, k) < 0 && /^\p{Ll}/u.test(tok(v, k)!.text) && norm(tok(v, k)!) !== "and" && !PREPS.has(norm(tok(v, k)!))) k++;
    if (k > i && tok(v, k) && norm(tok(v, k)!) === "and" && tok(v, k + 1) && /^an?$/.test(norm(tok(v, k + 1)!))) {
      i = k + 2;
      indefinite = true;
      while (tok(v, i) && QUALIFIERS.has(norm(tok(v, i)!))) i++;
    }
  }
  const found = roleAt(e, v, i);
  if (!found) return;
  if (!comma && !owner && !isCapitalised(tok(v, i)!)) return;
  let role = indefinite && comma && found.relation === "LEADS" ? { ...found, relation: "MEMBER_OF" } : found;
  const roleStart = i;
  i += role.words.length;
  let target: LocalMention | undefined;
  const prep = tok(v, i) ? norm(tok(v, i)!) : "";
  // "X, the group's head of logistics": the head of a lower-case portfolio is a member of the organisation.
  if (role.relation === "LEADS" && prep === "of" && comma && tok(v, i + 1) && mentionAt(v, i + 1) < 0 && /^\p{Ll}/u.test(tok(v, i + 1)!.text) && !DETS.has(norm(tok(v, i + 1)!)) && (owner || nounOwner))
    role = { ...role, relation: "MEMBER_OF" };
  // "X, the ministry's director for finance": the head of a portfolio or sub-unit is a member of the whole.
  // ("the group's commander in the town of Y": a local commander.)
  if (role.relation === "LEADS" && (prep === "for" || prep === "in") && comma) {
    const obj = postObject(v, i + 1, 3);
    if (!obj || v.ms[v.groups[obj.group]![0]!]!.type !== "Organization") role = { ...role, relation: "MEMBER_OF" };
  }
  // "a senior commander of the faction", "a researcher at the group": an organisation named earlier.
  if (comma && m.type === "Person" && role.relation !== "PART_OF" && (prep === "of" || prep === "at") && !findObject(v, i + 1, 3)) {
    const g = orgNounAt(v, i + 1);
    if (g) return void emit(e, { relation: role.relation, head: m.entityId, tail: g.id, sentence: v.index, trigger: `${role.words.join(" ")} ${prep} the`, confidence: 0.55 });
  }
  if (prep === "of" || (comma && POST_PREPS.has(prep) && (role.relation === "MEMBER_OF" || prep === "for" || prep === "at"))) {
    const obj = postObject(v, i + 1, 3);
    const x = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
    // "an officer in Lagos" is a place of work, not a post in it.
    if (x && (prep === "of" || x.type === "Organization")) target = x;
  } else if (mentionAt(v, i) >= 0 && (!comma || (isCapitalised(tok(v, roleStart)!) && v.ms[mentionAt(v, i)]!.type === "Organization"))) target = v.ms[mentionAt(v, i)];
  // ("X, Commander Southern Command": a title-case role names its organisation without "of".)
  if (!target && !owner && nounOwner) return void emit(e, { relation: role.relation, head: m.entityId, tail: nounOwner, sentence: v.index, trigger: role.words.join(" "), confidence: 0.6 });
  attach(e, v, m, role, target, owner, i, roleStart);
}

const COPULAS = new Set(["is", "was", "remains", "remained", "became", "becomes"]);

/**
 * After "who": an optional aside in commas ("who, officials said, was") and up to four adverbial words
 * ("who until last week was"), then a copula. The token after the copula, or -1.
 */
function copulaAfterWho(v: SentenceView, i: number): number {
  if (isComma(tok(v, i))) {
    let k = i + 1;
    while (k < i + 9 && tok(v, k) && !isComma(tok(v, k)) && mentionAt(v, k) < 0) k++;
    if (!isComma(tok(v, k))) return -1;
    i = k + 1;
  }
  for (let n = 0; n < 5 && tok(v, i); n++, i++) {
    const w = norm(tok(v, i)!);
    if (COPULAS.has(w)) return i + 1;
    if ((w === "has" || w === "had") && tok(v, i + 1) && norm(tok(v, i + 1)!) === "been") return i + 2;
    if (!/^[\p{Ll}\d]/u.test(tok(v, i)!.text) || mentionAt(v, i) >= 0) return -1;
  }
  return -1;
}
