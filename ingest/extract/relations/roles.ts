// Role titles next to a name: "Y, Vice Chairman of Z" -> MEMBER_OF; "Country's Army Chief General Y" -> LEADS.
import type { ExtractedEntity } from "../../../graph/types.js";
import { findObject, isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { orgByNoun, orgNounAt } from "./org-nouns.js";
import type { LocalMention, RoleEntry, SentenceView } from "./types.js";
import { DETS, PREPS, isAdverb, isCapitalised, norm } from "./words.js";

const ROLE_CONF = 0.75;
const QUALIFIERS = new Set(["interim", "acting", "new", "current", "incumbent", "top", "senior", "longtime", "powerful", "former", "retired", "outgoing", "ex", "then", "erstwhile", "previous", "veteran"]);
/** Prepositions that name where a post is held ("a spokesman for X", "an officer in X", "a fellow at X"). */
const POST_PREPS = new Set(["of", "for", "at", "in", "with", "to"]);

/** Applies role rules to every Person or Organization mention of the sentence. */
export function applyRoles(e: Emitter, v: SentenceView): void {
  for (const m of v.ms) {
    if (m.tokStart < 0 || (m.type !== "Person" && m.type !== "Organization")) continue;
    after(e, v, m);
    if (m.type === "Person") before(e, v, m);
  }
}

/** Longest role entry starting at token i, or undefined. */
function roleAt(e: Emitter, v: SentenceView, i: number): RoleEntry | undefined {
  const first = tok(v, i);
  const candidates = first ? e.lex.rolesByFirst.get(norm(first)) : undefined;
  return candidates?.find((r) => r.words.every((w, k) => { const t = tok(v, i + k); return !!t && norm(t) === w; }));
}

/** "Y, [the] [Z's] <role> [of] Z" and "Y <Role> Z" (no comma). */
function after(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokEnd;
  if (mentionAt(v, i) >= 0 && v.ms[mentionAt(v, i)]!.entityId === m.entityId) i = v.ms[mentionAt(v, i)]!.tokEnd;
  // "X (ACR), a subsidiary of Y": a short parenthesis before the comma belongs to the name.
  if (tok(v, i)?.text === "(") for (let k = i + 1; k < i + 5 && tok(v, k); k++) if (tok(v, k)!.text === ")") { if (isComma(tok(v, k + 1))) i = k + 1; break; }
  const comma = isComma(tok(v, i));
  // "Senator Ann Ford of the Labour Party": a person of an organisation belongs to it.
  // "Judge Ann Ford, of the Appeals Court, said": the same with a comma.
  const ofAt = !comma ? i : isComma(tok(v, i)) && tok(v, i + 1) && norm(tok(v, i + 1)!) === "of" ? i + 1 : -1;
  if (ofAt >= 0 && m.type === "Person" && tok(v, ofAt) && norm(tok(v, ofAt)!) === "of") {
    const obj = findObject(v, ofAt + 1, 2);
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
    const obj = findObject(v, i + 1, 3);
    if (!obj || v.ms[v.groups[obj.group]![0]!]!.type !== "Organization") role = { ...role, relation: "MEMBER_OF" };
  }
  // "a senior commander of the faction", "a researcher at the group": an organisation named earlier.
  if (comma && m.type === "Person" && role.relation !== "PART_OF" && (prep === "of" || prep === "at") && !findObject(v, i + 1, 3)) {
    const g = orgNounAt(v, i + 1);
    if (g) return void emit(e, { relation: role.relation, head: m.entityId, tail: g.id, sentence: v.index, trigger: `${role.words.join(" ")} ${prep} the`, confidence: 0.55 });
  }
  if (prep === "of" || (comma && POST_PREPS.has(prep) && (role.relation === "MEMBER_OF" || prep === "for" || prep === "at"))) {
    const obj = findObject(v, i + 1, 3);
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

/** Words that end an apposition: a relative pronoun opens a clause of its own. */
const APPOSITION_END = new Set(["who", "which", "that", "whose", "whom", "said", "says"]);

/**
 * "X, a member of the provincial assembly and a senior leader of Y", "X, a former minister and Acme leader":
 * a second description joined by "and" in the same apposition gives its own post.
 */
function secondDescription(e: Emitter, v: SentenceView, m: LocalMention, from: number, opensIndefinite: boolean): void {
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
      const obj = role && (prep === "of" || POST_PREPS.has(prep)) ? findObject(v, j + role.words.length + 1, 3) : undefined;
      const x = obj ? v.ms[v.groups[obj.group]![0]!]! : undefined;
      tail = x?.type === "Organization" ? x.entityId : undefined;
    }
    if (!role || !tail || role.relation === "PART_OF") return;
    const relation = role.relation === "LEADS" && indefinite ? "MEMBER_OF" : role.relation;
    return void emit(e, { relation, head: m.entityId, tail, sentence: v.index, trigger: `and ${role.words.join(" ")}`, confidence: 0.6 });
  }
}

/** "A and B, both members of Y": every person of the list holds the post (the role in the plural). */
function pluralRole(e: Emitter, v: SentenceView, m: LocalMention, i: number): void {
  const t = tok(v, i);
  const w = t ? norm(t) : "";
  if (!w.endsWith("s")) return;
  const entry = (e.lex.rolesByFirst.get(w.slice(0, -1)) ?? []).find((r) => r.words.length === 1);
  const prep = tok(v, i + 1) ? norm(tok(v, i + 1)!) : "";
  if (!entry || entry.relation === "PART_OF" || !POST_PREPS.has(prep)) return;
  const obj = findObject(v, i + 2, 2);
  const x = obj ? v.ms[v.groups[obj.group]![0]!] : undefined;
  const tail = x?.type === "Organization" ? x.entityId : prep === "of" || prep === "at" ? orgNounAt(v, i + 2)?.id : undefined;
  if (!tail) return;
  for (const k of v.groups[m.group]!)
    if (v.ms[k]!.type === "Person") emit(e, { relation: "MEMBER_OF", head: v.ms[k]!.entityId, tail, sentence: v.index, trigger: `${w} ${prep}`, confidence: 0.6 });
}

/** A role word right after an organisation's name ("Zeta subsidiary", "Acme spokesman"). */
function roleAfterName(e: Emitter, v: SentenceView, i: number): boolean {
  const t = tok(v, i);
  return !!t && /^\p{Ll}/u.test(t.text) && !!roleAt(e, v, i);
}

/** A lower-case word or a demonym that can describe a role ("logistics", "Romanian"). */
function describing(e: Emitter, v: SentenceView, i: number): boolean {
  const t = tok(v, i);
  if (!t || mentionAt(v, i) >= 0 || isComma(t)) return false;
  const w = norm(t);
  return !DETS.has(w) && !PREPS.has(w) && (/^\p{Ll}/u.test(t.text) || e.lex.demonyms.has(w));
}

/** "[Country's] <Role> [Title] Y" and "<Role> of Z (ACR), General Y". */
function before(e: Emitter, v: SentenceView, m: LocalMention): void {
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
    if (/^[(),]$/.test(t.text) || /^['’]s?$/.test(t.text) || norm(t) === "of") continue;
    if (!isCapitalised(t) && !e.lex.roleWords.has(norm(t))) {
      // "Burkina Faso's junta leader X": up to two plain modifiers between the owner and the role.
      const w = norm(t);
      const modifier = role && !DETS.has(w) && !PREPS.has(w) && (t.tags.includes("Noun") || t.tags.includes("Adjective") || QUALIFIERS.has(w));
      if (modifier && modifiers++ < 2) continue;
      break;
    }
    const here = roleAt(e, v, i);
    if (here) [role, roleStart] = [here, i];
  }
  if (!role) return;
  // "a senior commander of Acme, X": one of several holders of a leading post is a member.
  let q = roleStart - 1;
  while (q > v.tokStart && QUALIFIERS.has(norm(tok(v, q)!))) q--;
  if (role.relation === "LEADS" && q >= v.tokStart && /^an?$/.test(norm(tok(v, q)!))) role = { ...role, relation: "MEMBER_OF" };
  // "Its chief executive, X, ...": "its" is the organisation the previous sentence opened with.
  const its = !target && !owner && roleStart > v.tokStart && norm(tok(v, roleStart - 1)!) === "its" ? sameSentenceOwner(v, roleStart - 1) ?? previousSubject(v) : undefined;
  if (its) return void emit(e, { relation: role.relation, head: m.entityId, tail: its, sentence: v.index, trigger: `its ${role.words.join(" ")}`, confidence: 0.6 });
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

/** Prepositions that tie a role to its organisation before a name in apposition ("a spokesman for Acme, X"). */
const ROLE_PREPS = new Set(["of", "for", "at", "with"]);

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

/** Resolves the organisation the role is held in and emits the edge. */
function attach(e: Emitter, v: SentenceView, m: LocalMention, role: RoleEntry, target: LocalMention | undefined, owner: LocalMention | undefined, at: number, roleStart: number, nounBefore?: string[]): void {
  const trigger = role.words.join(" ");
  const edge = (tail: string, relation: string, confidence: number) =>
    emit(e, { relation, head: m.entityId, tail, sentence: v.index, trigger, confidence });
  // "Hamas's leader X", "X, the group's spokesman": an organisation as owner is the target.
  if (!target && owner && owner.type !== "Place") [target, owner] = [owner, undefined];
  if (target && target.type !== "Place") return edge(target.entityId, role.relation, ROLE_CONF);
  // "Interior Minister X" in a document naming the "Interior Ministry": X leads it.
  const ministry = ministryOf(v, role, roleStart);
  if (ministry) return edge(ministry, "LEADS", 0.7);
  const orgNoun = e.lex.orgNouns.find((o) => o.every((w) => role.words.includes(w))) ?? nounBefore;
  const place = owner ?? (target?.type === "Place" ? target : undefined) ?? demonymOwner(e, v, at);
  if (orgNoun) {
    const org = stateOrganisation(v.doc.entities, orgNoun.join(" "), place ? nameOf(v, place.entityId) : undefined, e);
    if (org) return edge(org.id, role.relation, ROLE_CONF);
    // "Kenya's Army Chief X" with no army named elsewhere: the phrase names the organisation itself.
    const made = owner && orgNoun !== nounBefore ? stateOrganisationFromRole(e, v, owner, orgNoun, at) : undefined;
    if (made) return edge(made, role.relation, 0.7);
  }
  // ("the district police officer of Y" with no "Y Police" named: the force, not the place, is what the post is in.)
  if (!place || orgNoun?.includes("police")) return;
  // "Gedo regional governor X", "Punjab Chief Minister X": the head of a province, district or city leads it.
  const local = PLACE_HEADS.has(trigger) && !e.lex.countries.has((nameOf(v, place.entityId) ?? "").toLowerCase());
  edge(place.entityId, local ? "LEADS" : "MEMBER_OF", local ? 0.6 : 0.5);
}

/** Posts whose holder leads a sub-national place (a country's president stays a member of it). */
export const PLACE_HEADS = new Set(["governor", "chief minister", "mayor", "administrator"]);

const VARIANTS: Record<string, string[]> = { defence: ["defence", "defense"], defense: ["defence", "defense"] };

/** The document's ministry named by a minister's portfolio ("Defence Minister" -> "the defence ministry"). */
function ministryOf(v: SentenceView, role: RoleEntry, roleStart: number): string | undefined {
  if (role.words[role.words.length - 1] !== "minister" || roleStart < 0) return undefined;
  const before = tok(v, roleStart - 1);
  const portfolio = role.words.length > 1 ? role.words[0]! : before && isCapitalised(before) && mentionAt(v, roleStart - 1) < 0 ? norm(before) : undefined;
  if (!portfolio || portfolio === "prime" || portfolio === "deputy") return undefined;
  const forms = VARIANTS[portfolio] ?? [portfolio];
  const found = v.doc.entities.find((x) => x.entityType === "Organization" && [x.name, ...x.aliases].some((a) => {
    const ws = a.toLowerCase().split(/[\s,]+/);
    // ("Transport Minister" and the "Ministry of Transportation".)
    return ws.includes("ministry") && forms.some((f) => ws.some((w) => w === f || (f.length >= 5 && w.startsWith(f))));
  }));
  return found?.id;
}

/** "The Navy, its spokesperson X said, has ...": the organisation right before ", its". */
function sameSentenceOwner(v: SentenceView, its: number): string | undefined {
  if (!isComma(tok(v, its - 1))) return undefined;
  const x = mentionAt(v, its - 2) >= 0 ? v.ms[mentionAt(v, its - 2)]! : undefined;
  return x?.type === "Organization" && !x.possessive ? x.entityId : undefined;
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

const nameOf = (v: SentenceView, id: string): string | undefined => v.doc.entities.find((x) => x.id === id)?.name;

/** A demonym just before the role phrase ("the Kenyan army chief"): the country's mention, if any. */
function demonymOwner(e: Emitter, v: SentenceView, at: number): LocalMention | undefined {
  for (let i = at - 1; i >= v.tokStart && i >= at - 6; i--) {
    const country = e.lex.demonyms.get(norm(tok(v, i)!));
    if (country) return v.ms.find((x) => x.type === "Place" && nameOf(v, x.entityId) === country);
  }
  return undefined;
}

/**
 * Creates (once per document) the organisation a possessive role names: "Kenya’s Army Chief" ->
 * Organization "Kenya Army" with the mention "Kenya’s Army". Returns its id.
 */
function stateOrganisationFromRole(e: Emitter, v: SentenceView, owner: LocalMention, noun: string[], before: number): string | undefined {
  const country = nameOf(v, owner.entityId);
  if (!country || owner.type !== "Place") return undefined;
  for (let i = owner.tokEnd; i < before; i++) {
    if (!noun.every((w, k) => { const t = tok(v, i + k); return !!t && norm(t) === w; })) continue;
    const last = tok(v, i + noun.length - 1)!;
    const name = `${country} ${noun.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ")}`;
    const id = `Organization:${name.toLowerCase()}`;
    const text = v.doc.source.text.slice(owner.start, last.end);
    const known = v.doc.entities.find((x) => x.id === id) ?? e.created.get(id);
    if (known) return known.id;
    const mention = { doc: v.doc.source.info.id, start: owner.start, end: last.end, text };
    e.created.set(id, { id, name, entityType: "Organization", aliases: [text], mentions: [mention], confidence: 0.6 });
    e.types.set(id, "Organization");
    return id;
  }
  return undefined;
}

/** The document's organisation named by a role's org noun ("army"), tied to the country when known. */
function stateOrganisation(entities: ExtractedEntity[], noun: string, country: string | undefined, e: Emitter): ExtractedEntity | undefined {
  const orgs = entities.filter((x) => x.entityType === "Organization" && [x.name, ...x.aliases].some((a) => new RegExp(`\\b${noun}\\b`, "i").test(a)));
  // Without a country the role's army could be anyone's ("Army Chief X" next to a rebel "Liberation Army"):
  // only the one state organisation of the document, named with a country or demonym ("Kenya Army"), is taken.
  if (!country) {
    const state = orgs.filter((x) => x.name.toLowerCase().split(/[\s-]+/).some((w) => e.lex.countries.has(w) || e.lex.demonyms.has(w)));
    return state.length === 1 ? state[0] : undefined;
  }
  const demonym = [...e.lex.demonyms].filter(([, c]) => c === country).map(([d]) => d);
  const forms = [country.toLowerCase(), ...demonym];
  return orgs.find((x) => [x.name, ...x.aliases].some((a) => forms.some((f) => a.toLowerCase().includes(f))));
}
