// Units named with their parent: "the army's Fifth Brigade" and "the UN mission, MINUSCA" -> PART_OF.
import { findObject, isComma, mentionAt, tok } from "./arguments.js";
import { orgNounAt, salientOrganisation } from "./org-nouns.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { DETS, norm } from "./words.js";

const names = new WeakMap<object, Map<string, string>>();

/** The last word of an entity's name, lower case (names indexed once per document). */
function lastWord(v: SentenceView, id: string): string {
  let m = names.get(v.doc.entities);
  if (!m) names.set(v.doc.entities, (m = new Map(v.doc.entities.map((x) => [x.id, (x.name.split(/\s+/).pop() ?? "").toLowerCase()]))));
  return m.get(id) ?? "";
}

/** Applies the unit patterns to the organisations of the sentence. */
export function applyUnits(e: Emitter, v: SentenceView): void {
  if (!e.lex.unitNouns.size) return;
  copulaPart(e, v);
  unownedUnit(e, v);
  for (const m of v.ms) {
    if (m.tokStart < 0 || m.type !== "Organization") continue;
    let i = m.tokEnd;
    while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
    const next = mentionAt(v, i) >= 0 ? v.ms[mentionAt(v, i)]! : undefined;
    // "the army's Fifth Brigade": an organisation's unit.
    if (m.possessive && next?.type === "Organization" && next.entityId !== m.entityId && e.lex.unitNouns.has(lastWord(v, next.entityId)))
      emit(e, { relation: "PART_OF", head: next.entityId, tail: m.entityId, sentence: v.index, trigger: "'s", confidence: 0.7 });
    if (m.possessive) {
      ownedUnit(e, v, m, i);
      continue;
    }
    underOrIncludes(e, v, m);
    oneOfOrAffiliated(e, v, m);
    // "the UN mission, MINUSCA,": a unit noun after the parent, then the unit's name in apposition.
    const noun = tok(v, m.tokEnd);
    if (!noun || !e.lex.unitNouns.has(norm(noun)) || !/^\p{Ll}/u.test(noun.text) || !isComma(tok(v, m.tokEnd + 1))) continue;
    const unit = mentionAt(v, m.tokEnd + 2) >= 0 ? v.ms[mentionAt(v, m.tokEnd + 2)]! : undefined;
    if (unit?.type === "Organization" && unit.entityId !== m.entityId)
      emit(e, { relation: "PART_OF", head: unit.entityId, tail: m.entityId, sentence: v.index, trigger: norm(noun), confidence: 0.7 });
  }
}

/** A lower-case unit word: a unit noun ("brigade") or a PART_OF role ("subsidiary", "arm", "wing"). */
function unitWord(e: Emitter, w: string): boolean {
  return e.lex.unitNouns.has(w) || (e.lex.rolesByFirst.get(w) ?? []).some((r) => r.relation === "PART_OF" && r.words.length === 1);
}

/** "Acme's Zeta Services unit" and "Acme's rural lending arm, Zeta Finance,": a possessive owner's unit. */
function ownedUnit(e: Emitter, v: SentenceView, owner: LocalMention, i: number): void {
  const edge = (unit: LocalMention, trigger: string) =>
    unit.type === "Organization" && unit.entityId !== owner.entityId && emit(e, { relation: "PART_OF", head: unit.entityId, tail: owner.entityId, sentence: v.index, trigger, confidence: 0.65 });
  const next = mentionAt(v, i) >= 0 ? v.ms[mentionAt(v, i)]! : undefined;
  if (next) {
    const w = tok(v, next.tokEnd);
    if (w && /^\p{Ll}/u.test(w.text) && unitWord(e, norm(w))) edge(next, norm(w));
    return;
  }
  for (let k = i, n = 0; n < 4 && tok(v, k) && mentionAt(v, k) < 0 && /^\p{Ll}/u.test(tok(v, k)!.text); k++, n++) {
    const w = norm(tok(v, k)!);
    if (!unitWord(e, w)) continue;
    const unit = isComma(tok(v, k + 1)) && mentionAt(v, k + 2) >= 0 ? v.ms[mentionAt(v, k + 2)]! : undefined;
    if (unit) edge(unit, w);
    return;
  }
}

const INCLUDES = new Set(["includes", "included", "include", "comprises", "comprised", "oversees", "oversaw"]);

/** "the Vela Unit under the Interior Ministry" and "the 5th Division includes the 12th Brigade". */
function underOrIncludes(e: Emitter, v: SentenceView, m: LocalMention): void {
  const w = tok(v, m.tokEnd) ? norm(tok(v, m.tokEnd)!) : "";
  // "the Narcotics Directorate of the Interior Ministry": a unit named before its parent.
  if (w === "of" && unitWord(e, lastWord(v, m.entityId))) {
    const k = tok(v, m.tokEnd + 1) && norm(tok(v, m.tokEnd + 1)!) === "the" ? m.tokEnd + 2 : m.tokEnd + 1;
    const x = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)]! : undefined;
    if (x?.type === "Organization" && x.entityId !== m.entityId && v.groups[x.group]!.length === 1) emit(e, { relation: "PART_OF", head: m.entityId, tail: x.entityId, sentence: v.index, trigger: "of", confidence: 0.6 });
    return;
  }
  if (w !== "under" && !INCLUDES.has(w)) return;
  let k = m.tokEnd + 1;
  while (tok(v, k) && DETS.has(norm(tok(v, k)!))) k++;
  const x = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)]! : undefined;
  if (!x || x.type !== "Organization" || x.possessive || x.entityId === m.entityId) return;
  if (w === "under") {
    // The parent must read as a body ("the Interior Ministry"), not a person's name or a list.
    if (v.groups[m.group]!.length === 1 && v.groups[x.group]!.length === 1) emit(e, { relation: "PART_OF", head: m.entityId, tail: x.entityId, sentence: v.index, trigger: "under", confidence: 0.55 });
    return;
  }
  // Only named units are included ("includes the 12th Brigade", not "includes Acme's shares").
  for (const k2 of v.groups[x.group]!) if (unitWord(e, lastWord(v, v.ms[k2]!.entityId))) emit(e, { relation: "PART_OF", head: v.ms[k2]!.entityId, tail: m.entityId, sentence: v.index, trigger: w, confidence: 0.6 });
}

const AFFILIATED = [["affiliated", "with"], ["affiliated", "to"], ["linked", "to"], ["allied", "to"], ["allied", "with"], ["aligned", "with"], ["loyal", "to"]];

/**
 * "X, one of the division's three brigades" and "X, a militia affiliated with Y": the apposition
 * names the organisation X belongs to.
 */
function oneOfOrAffiliated(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokEnd;
  if (tok(v, i)?.text === "(") while (tok(v, i) && tok(v, i)!.text !== ")" && i < m.tokEnd + 6) i++;
  if (tok(v, i)?.text === ")") i++;
  if (!isComma(tok(v, i))) return;
  const w = (k: number) => (tok(v, k) ? norm(tok(v, k)!) : "");
  const edge = (x: LocalMention | undefined, trigger: string) =>
    x?.type === "Organization" && x.entityId !== m.entityId && v.groups[x.group]!.length === 1 && emit(e, { relation: "PART_OF", head: m.entityId, tail: x.entityId, sentence: v.index, trigger, confidence: 0.6 });
  if (w(i + 1) === "one" && w(i + 2) === "of" && w(i + 3) === "the") {
    const x = mentionAt(v, i + 4) >= 0 ? v.ms[mentionAt(v, i + 4)]! : undefined;
    if (!x?.possessive) return;
    let k = x.tokEnd;
    while (tok(v, k) && /^['’]s?$/.test(tok(v, k)!.text)) k++;
    for (let n = 0; n < 3 && tok(v, k + n) && mentionAt(v, k + n) < 0; n++) {
      const u = w(k + n);
      if (u.endsWith("s") && e.lex.unitNouns.has(u.slice(0, -1))) return void edge(x, "one of");
      if (!/^[\p{Ll}\d]/u.test(tok(v, k + n)!.text)) return;
    }
    return;
  }
  // "X, a militia affiliated with Y": up to three lower-case words, then the participle.
  for (let k = i + 1; k < i + 5 && tok(v, k) && mentionAt(v, k) < 0 && /^\p{Ll}/u.test(tok(v, k)!.text); k++) {
    // "X, a paramilitary force under the Interior Ministry".
    const pair = k > i + 1 && w(k) === "under" ? ["under"] : AFFILIATED.find(([a, b]) => w(k) === a && w(k + 1) === b);
    if (!pair) continue;
    let j = k + pair.length;
    while (tok(v, j) && DETS.has(w(j))) j++;
    return void edge(mentionAt(v, j) >= 0 ? v.ms[mentionAt(v, j)] : undefined, pair.join(" "));
  }
}

const COPULA = new Set(["is", "was", "are", "were", "remains", "remained", "became", "becomes"]);

/**
 * "The committee is part of the Senate", "Acme Rail is a subsidiary of Acme Group": a copula and a
 * PART_OF role. The subject is the organisation right before the copula or, after an apposition in
 * commas, the one that opens the sentence ("The division, based in X, is part of Y").
 */
function copulaPart(e: Emitter, v: SentenceView): void {
  for (let k = v.tokStart + 1; k < v.tokEnd - 2; k++) {
    if (!COPULA.has(norm(tok(v, k)!)) || mentionAt(v, k) >= 0) continue;
    let j = k + 1;
    while (tok(v, j) && /^(?:formally|officially|now|also|still|effectively|nominally)$/.test(norm(tok(v, j)!))) j++;
    if (tok(v, j) && /^an?$/.test(norm(tok(v, j)!))) j++;
    // "are one of the oldest wings of Y": a plural unit word after "one of the" and up to two describing words.
    const oneOf = !!tok(v, j + 2) && norm(tok(v, j)!) === "one" && norm(tok(v, j + 1)!) === "of" && norm(tok(v, j + 2)!) === "the";
    if (oneOf) for (j += 3; j < k + 8 && tok(v, j + 1) && norm(tok(v, j + 1)!) !== "of" && /^\p{Ll}/u.test(tok(v, j)!.text); ) j++;
    const word = tok(v, j) ? norm(tok(v, j)!).replace(oneOf ? /s$/ : /$/, "") : "";
    const role = (e.lex.rolesByFirst.get(word) ?? []).find((r) => r.relation === "PART_OF" && r.words.length === 1) ?? (oneOf && e.lex.unitNouns.has(word) ? { words: [word], relation: "PART_OF" } : undefined);
    if (!role || !tok(v, j + 1) || norm(tok(v, j + 1)!) !== "of") continue;
    const obj = findObject(v, j + 2, 2);
    const parent = obj && v.groups[obj.group]!.length === 1 ? v.ms[v.groups[obj.group]![0]!]! : undefined;
    const head = subjectOf(v, k);
    if (parent?.type === "Organization" && head && head !== parent.entityId) emit(e, { relation: "PART_OF", head, tail: parent.entityId, sentence: v.index, trigger: `is ${role.words[0]} of`, confidence: 0.6 });
  }
}

/** The organisation the copula at k is said of (see copulaPart). */
function subjectOf(v: SentenceView, k: number): string | undefined {
  const before = mentionAt(v, k - 1) >= 0 ? v.ms[mentionAt(v, k - 1)]! : undefined;
  if (before) return before.type === "Organization" && !before.possessive && v.groups[before.group]!.length === 1 ? before.entityId : undefined;
  if (!isComma(tok(v, k - 1))) {
    // "The committee is part of ...": a definite noun for an organisation named before.
    const g = orgNounAt(v, k - 2);
    return g && g.end === k && k - 2 === v.tokStart ? g.id : undefined;
  }
  const first = v.ms[0];
  if (first && first.type === "Organization" && !first.possessive && [...Array(first.tokStart - v.tokStart).keys()].every((n) => norm(tok(v, v.tokStart + n)!) === "the")) return first.entityId;
  const g = orgNounAt(v, v.tokStart);
  return g && isComma(tok(v, g.end)) ? g.id : undefined;
}

const COMPANY_UNITS = new Set(["subsidiary", "unit", "arm", "affiliate"]);

/**
 * "into a new subsidiary, Zeta Grid," and "its trading arm, Zeta Trading,": a company unit named in
 * apposition with no owner in the phrase belongs to the article's main organisation ("a") or the
 * organisation "its" stands for (the nearest one before).
 */
function unownedUnit(e: Emitter, v: SentenceView): void {
  for (let k = v.tokStart + 1; k < v.tokEnd - 2; k++) {
    if (!COMPANY_UNITS.has(norm(tok(v, k)!)) || mentionAt(v, k) >= 0 || !isComma(tok(v, k + 1))) continue;
    const unit = mentionAt(v, k + 2) >= 0 ? v.ms[mentionAt(v, k + 2)]! : undefined;
    if (unit?.type !== "Organization") continue;
    let d = k - 1;
    while (d > v.tokStart && mentionAt(v, d) < 0 && /^\p{Ll}/u.test(tok(v, d)!.text) && !/^(?:a|an|its)$/.test(norm(tok(v, d)!)) && k - d < 4) d--;
    const det = norm(tok(v, d)!);
    let parent: string | undefined;
    if (det === "its") for (const m of v.ms) if (m.tokEnd <= d && m.type === "Organization") parent = m.entityId;
    if (det === "a" || det === "an") parent = salientOrganisation(v, tok(v, d)!.start);
    if (parent && parent !== unit.entityId) emit(e, { relation: "PART_OF", head: unit.entityId, tail: parent, sentence: v.index, trigger: `${det} ${norm(tok(v, k)!)}`, confidence: 0.55 });
  }
}
