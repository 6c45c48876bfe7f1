// Noun triggers: "attacks on X by Y", "Y's attack on X", "Y conducted audits", "the plants depend on German loans".
import { findAgent, findObject, findSubject, findWord, groupSpan, mentionAt, tok } from "./arguments.js";
import type { Arg } from "./arguments.js";
import { emitGroups, emitPairs } from "./emit.js";
import type { Emitter } from "./emit.js";
import { implicitTail } from "./implicit.js";
import { PERSONAL_POSSESSIVE, possessivePerson } from "./pronouns.js";
import type { CompiledTrigger, SentenceView } from "./types.js";
import { DETS, PREPS, isAdverb, isCapitalised, isGlue, isMainVerb, isPunct, norm } from "./words.js";

/** Applies one noun trigger at token `at`. */
export function applyNoun(e: Emitter, v: SentenceView, at: number, trig: CompiledTrigger): void {
  const surface = v.doc.tokens[at]!.text;
  const info = e.lex.relations.get(trig.relation)!;
  const next = tok(v, at + 1);
  const prep = next ? norm(next) : "";
  let tail = trig.preps.includes(prep) ? findObject(v, at + 2) : undefined;
  if (info.symmetric && trig.preps.includes("between") && between(e, v, at, trig, surface)) return;
  const afterTail = tail ? groupSpan(v, tail.group)[1] : at + 1;
  let head: Arg | undefined = norm(tok(v, afterTail) ?? v.doc.tokens[at]!) === "by" ? findAgent(v, afterTail) : tail ? lateAgent(v, afterTail) : undefined;
  // "financing from X [for Y]": the agent after its own preposition; "..., with financing from X": the clause subject is the tail.
  if (!head && !tail && trig.agentPreps.includes(prep)) {
    head = findObject(v, at + 2);
    const after = head ? groupSpan(v, head.group)[1] : at;
    const p = tok(v, after);
    if (head && p && trig.preps.includes(norm(p))) tail = findObject(v, after + 1);
    const w = head && !tail ? wordBefore(v, at, "with") : -1;
    // The subject of the clause's verb ("A will build a plant in B, C, with financing from X" -> A).
    if (w >= 0) tail = findSubject(v, clauseVerb(v, w) ?? w);
    // "The project is backed by loans from X": the subject of the passive.
    const by = head && !tail ? wordBefore(v, at, "by") : -1;
    const part = by > v.tokStart ? v.doc.tokens[by - 1]! : undefined;
    if (part && /ed$/.test(norm(part)) && mentionAt(v, by - 1) < 0) tail = findSubject(v, by - 1, true);
  }
  // "the visit by X to Y": the tail's preposition after the agent.
  if (head && !tail) {
    const after = groupSpan(v, head.group)[1];
    const p = tok(v, after);
    if (p && trig.preps.includes(norm(p))) tail = findObject(v, after + 1);
  }
  // "his arrest by X", "her visit to Y": the pronoun's person is the other end.
  if (!tail && head && PERSONAL_POSSESSIVE.has(norm(tok(v, at - 1) ?? v.doc.tokens[at]!))) tail = possessivePerson(v, at - 1, head.group) ?? undefined;
  if (!head && tail && PERSONAL_POSSESSIVE.has(norm(tok(v, at - 1) ?? v.doc.tokens[at]!))) head = possessivePerson(v, at - 1, tail.group) ?? undefined;
  // "X's arrest by Y", "X's visit by ..." : with the agent named after "by", the possessive is the other end.
  const owner = mentionAt(v, tok(v, at - 1) && isGlue(tok(v, at - 1)!) ? at - 2 : at - 1);
  if (!tail && head && owner >= 0 && v.ms[owner]!.possessive && v.ms[owner]!.group !== head.group) tail = { group: v.ms[owner]!.group, confidence: 0.85 };
  const governing = governingVerb(e, v, at);
  head ??= modifierHead(e, v, at);
  if (!head && governing && e.lex.lightVerbs.has(norm(v.doc.tokens[governing]!))) head = findSubject(v, governing);
  if (!tail && governing && e.lex.tailSubjectVerbs.has(norm(v.doc.tokens[governing]!))) tail = findSubject(v, governing);
  // "A and B signed a treaty after talks in C": the subjects of the clause met.
  if (!head && !tail && info.symmetric && TIME_PREPS.has(norm(tok(v, at - 1) ?? v.doc.tokens[at]!))) {
    const subj = findSubject(v, at);
    if (subj && v.groups[subj.group]!.length > 1) emitPairs(e, v, trig.relation, subj.group, surface, trig.confidence * subj.confidence * 0.9);
    return;
  }
  if (!head) return;
  const conf = trig.confidence * head.confidence * 0.95;
  if (tail) emitGroups(e, v, trig.relation, head.group, tail.group, surface, conf * tail.confidence);
  else if (info.implicitTail) implicitTail(e, v, at, trig.relation, head, surface, trig.confidence * 0.95);
}

/** The nearest main verb left of `at` in the sentence. */
function clauseVerb(v: SentenceView, at: number): number | undefined {
  for (let i = at - 1; i >= v.tokStart; i--) if (mentionAt(v, i) < 0 && isMainVerb(v.doc.tokens[i]!)) return i;
  return undefined;
}

const PLACE_PREPS = new Set(["in", "near", "at", "off", "outside"]);

/** "attacks on X in the Red Sea by Y": the agent after a place phrase that follows the tail. */
function lateAgent(v: SentenceView, from: number): Arg | undefined {
  if (!PLACE_PREPS.has(norm(tok(v, from) ?? v.doc.tokens[v.tokStart]!))) return undefined;
  for (let i = from + 1; i < v.tokEnd && i < from + 7; i++) {
    const t = v.doc.tokens[i]!;
    if (norm(t) === "by") return findAgent(v, i);
    const place = mentionAt(v, i) >= 0 && v.ms[mentionAt(v, i)]!.type === "Place";
    if (!place && !DETS.has(norm(t)) && !t.tags.includes("Adjective") && !isCapitalised(t)) return undefined;
  }
  return undefined;
}

const TIME_PREPS = new Set(["after", "following", "during", "before", "amid"]);

/** Index of `word` up to three noun-phrase words before `at` ("with [new] financing from"), or -1. */
function wordBefore(v: SentenceView, at: number, word: string): number {
  for (let i = at - 1; i >= v.tokStart && i >= at - 4; i--) {
    const t = v.doc.tokens[i]!;
    if (norm(t) === word) return i;
    if (!(DETS.has(norm(t)) || t.tags.includes("Adjective") || t.tags.includes("Value") || /^(\d|[$€£¥])/.test(norm(t)))) return -1;
  }
  return -1;
}

/**
 * "talks between A and B", "a meeting in X last month between President A and Premier B": pairs of the
 * members after "between" (a few words after the noun), titles allowed before the second one.
 */
function between(e: Emitter, v: SentenceView, at: number, trig: CompiledTrigger, surface: string): boolean {
  const b = findWord(v, at + 1, ["between"], 8);
  if (b < 0) return false;
  const first = findObject(v, b + 1);
  if (!first) return false;
  const conf = trig.confidence * first.confidence;
  if (v.groups[first.group]!.length > 1) {
    emitPairs(e, v, trig.relation, first.group, surface, conf);
    return true;
  }
  let i = groupSpan(v, first.group)[1];
  while (i < v.tokEnd && i < groupSpan(v, first.group)[1] + 2 && norm(v.doc.tokens[i]!) !== "and") i++;
  const second = norm(tok(v, i) ?? v.doc.tokens[at]!) === "and" ? findObject(v, i + 1, 4) : undefined;
  if (!second) return false;
  emitGroups(e, v, trig.relation, first.group, second.group, surface, conf * second.confidence * 0.9);
  return true;
}

/** The verb a few words left of the noun that governs it ("will conduct regular security audits"). */
function governingVerb(e: Emitter, v: SentenceView, at: number): number | undefined {
  for (let i = at - 1; i >= v.tokStart && i >= at - 6; i--) {
    const t = v.doc.tokens[i]!;
    const w = norm(t);
    if (e.lex.lightVerbs.has(w) || e.lex.tailSubjectVerbs.has(w)) return i;
    if (mentionAt(v, i) >= 0 && !v.ms[mentionAt(v, i)]!.possessive) continue;
    const inPhrase = DETS.has(w) || isAdverb(t) || isGlue(t) || w === "and" || w === "out" || PREPS.has(w) || e.lex.demonyms.has(w) ||
      t.tags.includes("Adjective") || (t.tags.includes("Noun") && !isCapitalised(t)) || t.tags.includes("Value") || /^(\d|[$€£¥])/.test(w);
    if (!inPhrase || (isPunct(t) && !/^[$€£¥]$/.test(t.text))) return undefined;
  }
  return undefined;
}

/**
 * The owner named inside the noun phrase: a possessive ("Y's attacks", "the militants' attacks") or a
 * demonym of a country present in the document ("Japanese investment", "German engineers and loans").
 */
function modifierHead(e: Emitter, v: SentenceView, at: number): Arg | undefined {
  for (let i = at - 1; i >= v.tokStart && i >= at - 4; i--) {
    const mi = mentionAt(v, i);
    if (mi >= 0) {
      const m = v.ms[mi]!;
      return m.possessive || m.tokEnd === at ? { group: m.group, confidence: m.possessive ? 0.95 : 0.7 } : undefined;
    }
    const t = v.doc.tokens[i]!;
    const w = norm(t);
    const country = e.lex.demonyms.get(w);
    if (country) return demonymArg(v, country);
    const inPhrase = isGlue(t) || w === "and" || isAdverb(t) || t.tags.includes("Adjective") || (t.tags.includes("Noun") && !isCapitalised(t));
    if (!inPhrase || DETS.has(w) || PREPS.has(w)) return undefined;
  }
  return undefined;
}

/** A country named by its demonym: a Place mention of that country anywhere in the sentence or document. */
export function demonymArg(v: SentenceView, country: string): Arg | undefined {
  const local = v.ms.find((m) => m.type === "Place" && v.doc.entities.find((x) => x.id === m.entityId)?.name === country);
  if (local) return { group: local.group, confidence: 0.75 };
  const ent = v.doc.entities.find((x) => x.entityType === "Place" && x.name === country);
  if (!ent) return undefined;
  // Not mentioned in this sentence: attach through a synthetic single-member group.
  v.ms.push({ entityId: ent.id, type: "Place", tokStart: -1, tokEnd: -1, start: -1, end: -1, possessive: false, group: v.groups.length });
  v.groups.push([v.ms.length - 1]);
  return { group: v.groups.length - 1, confidence: 0.7 };
}
