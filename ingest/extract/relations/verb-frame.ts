// Verb triggers: active (subject -> object), passive ("X were audited by Y"), particles, "via" nouns, "to" objects.
import { findAgent, findObject, findSubject, findWord, groupSpan, mentionAt, tok } from "./arguments.js";
import type { Arg } from "./arguments.js";
import { emitGroups, emitPairs } from "./emit.js";
import type { Emitter } from "./emit.js";
import { implicitTail } from "./implicit.js";
import type { CompiledTrigger, SentenceView } from "./types.js";
import { BE, isAdverb, isMainVerb, norm } from "./words.js";

const KIN = new Set(["son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "family", "relatives", "relative", "nephew", "cousin", "widow"]);

/** True when the verb at `at` is a passive participle ("were audited", "targeted by"). */
function isPassive(v: SentenceView, at: number, e: Emitter): boolean {
  const w = norm(v.doc.tokens[at]!);
  if (!e.lex.participles.has(w)) return false;
  if (norm(tok(v, at + 1) ?? v.doc.tokens[at]!) === "by") return true;
  // "engineers killed in April by the front": a participle after a noun with an agent further on.
  const prev = tok(v, at - 1);
  if (prev && (mentionAt(v, at - 1) >= 0 || prev.tags.includes("Noun")) && findAgent(v, at + 1)) return true;
  for (let i = at - 1; i >= v.tokStart && i >= at - 3; i--) {
    const t = v.doc.tokens[i]!;
    if (BE.has(norm(t))) return true;
    if (!isAdverb(t)) return false;
  }
  return false;
}

/** Applies one verb trigger at token `at`. */
export function applyVerb(e: Emitter, v: SentenceView, at: number, trig: CompiledTrigger): void {
  // "to release detained nationals": a participle right after another verb modifies a noun.
  const before = tok(v, at - 1);
  if (before && mentionAt(v, at - 1) < 0 && e.lex.participles.has(norm(v.doc.tokens[at]!)) && isMainVerb(before)) return;
  let after = at + 1;
  if (trig.particle) {
    if (norm(tok(v, after) ?? v.doc.tokens[at]!) !== trig.particle) return;
    after++;
  }
  const surface = v.doc.tokens[at]!.text;
  const info = e.lex.relations.get(trig.relation)!;
  if (!trig.stative && isPassive(v, at, e)) {
    const head = findAgent(v, after);
    if (!head) return;
    const tail = findSubject(v, at, true);
    // "The deal was signed by A and B": a symmetric relation between the agents.
    if (!tail && info.symmetric && v.groups[head.group]!.length > 1 && (!trig.via.length || viaBefore(v, at, trig.via)))
      return emitPairs(e, v, trig.relation, head.group, surface, trig.confidence * head.confidence);
    if (tail) emitGroups(e, v, trig.relation, head.group, tail.group, surface, trig.confidence * head.confidence * tail.confidence);
    else if (info.implicitTail) implicitTail(e, v, at, trig.relation, head, surface, trig.confidence);
    return;
  }
  const head = findSubject(v, at);
  if (!head) return;
  let tail = findTail(e, v, after, trig);
  // "met their counterparts from X", "held talks with officials from X": the side they come from.
  if (!tail && info.symmetric) {
    const from = findWord(v, after, ["from"], 7);
    const side = from > after && e.lex.delegationNouns.has(norm(v.doc.tokens[from - 1]!)) ? findObject(v, from + 1, 2) : undefined;
    if (side) tail = { group: side.group, confidence: side.confidence * 0.7 };
  }
  const conf = trig.confidence * head.confidence;
  if (tail) return emitGroups(e, v, trig.relation, head.group, tail.group, surface, conf * tail.confidence);
  if (info.symmetric && v.groups[head.group]!.length > 1 && (!trig.via.length || findWord(v, after, trig.via, 6) >= 0)) return emitPairs(e, v, trig.relation, head.group, surface, conf);
  if (info.implicitTail) implicitTail(e, v, at, trig.relation, head, surface, trig.confidence);
}

/** One of the trigger's "via" nouns occurs before the verb ("The agreement was signed by ..."). */
function viaBefore(v: SentenceView, at: number, via: readonly string[]): boolean {
  for (let i = v.tokStart; i < at; i++) if (via.includes(norm(v.doc.tokens[i]!))) return true;
  return false;
}

function findTail(e: Emitter, v: SentenceView, after: number, trig: CompiledTrigger): Arg | undefined {
  let from = after;
  if (trig.via.length) {
    const at = findWord(v, after, trig.via, 6);
    if (at < 0) return undefined;
    from = at + 1;
  }
  if (trig.direct && !trig.via.length) {
    const obj = findObject(v, from);
    if (obj && (!trig.needsTo || norm(tok(v, groupSpan(v, obj.group)[1]) ?? v.doc.tokens[from]!) === "to")) return obj;
    if (trig.needsTo) return undefined;
    // "audit the contracts of X", "attacked a camp of X": the named owner of an unnamed object.
    const of = obj ? -1 : findWord(v, from, ["of"], 5);
    // "killed the head of X", "arrested the son of X": the object is a person related to X, not X.
    if (of > from && (e.lex.roleWords.has(norm(v.doc.tokens[of - 1]!)) || KIN.has(norm(v.doc.tokens[of - 1]!)))) return undefined;
    const owner = of > from ? findObject(v, of + 1, 3) : undefined;
    if (owner && !trig.preps.length) return { group: owner.group, confidence: owner.confidence * 0.8 };
  }
  if (!trig.preps.length) return undefined;
  const p = findWord(v, from, trig.preps, 3);
  return p < 0 ? undefined : findObject(v, p + 1);
}
