// Victims and suspects named after the event: "Police killed four militants. Among the dead was X."
import { findAgent, findSubject, mentionAt } from "./arguments.js";
import type { Arg } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { Candidate, SentenceView } from "./types.js";
import { BE, isAdverb, norm } from "./words.js";

/** Words after "among the" / before "included" that say which event the people belong to. */
const KILLED_WORDS = new Set(["dead", "killed", "slain", "deceased", "victims", "bodies", "casualties", "fatalities"]);
const ARRESTED_WORDS = new Set(["arrested", "detained", "held", "captured", "detainees", "suspects", "apprehended"]);
/** How far back (sentences) the event may be. */
const BACK = 3;

/**
 * "Among the dead was X", "Among them were X and Y", "One of them was later identified as X", "The dead
 * included X", "Those arrested included X": X is a victim (or suspect) of the latest killing (arrest) of
 * the previous sentences whose object was unnamed or counted, and gets its agent as head.
 */
export function applyAftermath(e: Emitter, v: SentenceView): void {
  applyClaim(e, v);
  const cue = readCue(v);
  if (!cue) return;
  const person = v.ms.find((m) => m.tokStart >= cue.from && m.type === "Person");
  if (!person) return;
  const event = latestEvent(e, v.index, cue.relation);
  if (!event) return;
  // "They were identified as A and B": every member of the named list.
  for (const c of event)
    for (const m of v.groups[person.group]!)
      emit(e, { relation: c.relation, head: c.head, tail: v.ms[m]!.entityId, sentence: v.index, trigger: v.doc.tokens[cue.at]!.text, confidence: Math.min(0.7, c.confidence) });
}

interface Cue {
  /** KILLED, ARRESTED, or undefined when "them" leaves it to the previous event. */
  relation?: string;
  /** The person is named at or after this token. */
  from: number;
  at: number;
}

/** Reads the sentence opening; undefined when it is none of the follow-up forms. */
function readCue(v: SentenceView): Cue | undefined {
  const w = (i: number): string => (v.tokStart + i < v.tokEnd ? norm(v.doc.tokens[v.tokStart + i]!) : "");
  const kind = (word: string): string | undefined => (KILLED_WORDS.has(word) ? "KILLED" : ARRESTED_WORDS.has(word) ? "ARRESTED" : undefined);
  const at = v.tokStart;
  // "Among the dead was", "Among them were", "Among those killed was"
  if (w(0) === "among") {
    const noun = w(1) === "them" ? "them" : w(1) === "those" || w(1) === "the" ? w(2) : "";
    const relation = noun === "them" ? undefined : kind(noun);
    if (noun !== "them" && !relation) return undefined;
    const be = findBe(v, at + 2, 4);
    return be < 0 ? undefined : { relation, from: be + 1, at };
  }
  // "One of them / One of the dead [, police said,] was (later) identified as X" / "... is X"
  if (w(0) === "one" && w(1) === "of") {
    const noun = w(2) === "them" ? "them" : w(3);
    const relation = noun === "them" ? undefined : kind(noun);
    if (noun !== "them" && !relation) return undefined;
    return { relation, from: at + 3, at };
  }
  // "He was later identified as X", "The suspect was identified as X": the person of the latest event.
  for (let i = at; i < v.tokEnd - 2 && i < at + 8; i++) {
    if (mentionAt(v, i) >= 0) break;
    if (w(i - at) === "identified" && w(i - at + 1) === "as") return { relation: undefined, from: i + 2, at: i };
  }
  // "The dead included X", "Those killed included X", "The victims included X"
  const noun = w(0) === "the" || w(0) === "those" ? w(1) : "";
  const relation = kind(noun);
  if (relation && (w(2) === "included" || w(2) === "include" || w(2) === "were" || w(2) === "was")) return { relation, from: at + 3, at };
  return undefined;
}

/** Index of was/were/are/is within `span` tokens after `from`, or -1. */
function findBe(v: SentenceView, from: number, span: number): number {
  for (let i = from; i < v.tokEnd && i < from + span; i++) if (["was", "were", "is", "are"].includes(norm(v.doc.tokens[i]!))) return i;
  return -1;
}

/**
 * The candidates of the latest sentence (up to BACK before `index`) holding a KILLED or ARRESTED edge
 * (of `relation` when given). None when "them" could be either (both kinds in that sentence).
 */
function latestEvent(e: Emitter, index: number, relation: string | undefined): Candidate[] | undefined {
  let best: Candidate[] = [];
  for (const c of [...e.out.values(), ...(e.unnamed ?? [])]) {
    if (c.sentence >= index || c.sentence < index - BACK) continue;
    if (relation ? c.relation !== relation : c.relation !== "KILLED" && c.relation !== "ARRESTED") continue;
    if (!best.length || c.sentence > best[0]!.sentence) best = [c];
    else if (c.sentence === best[0]!.sentence) best.push(c);
  }
  if (!best.length || new Set(best.map((c) => c.relation)).size > 1) return undefined;
  // One edge per head: the agents of that event.
  const heads = new Map<string, Candidate>();
  for (const c of best) if (!heads.has(c.head)) heads.set(c.head, c);
  return [...heads.values()];
}

const CLAIMED_NOUNS = new Set(["attack", "attacks", "bombing", "bombings", "ambush", "assault", "raid", "blast", "killing", "killings", "strike", "assassination"]);

/**
 * "X claimed responsibility for the attack", "The attack, claimed by X, ...": X is the agent of the
 * latest attack (and killing) of this or the previous sentences, whose objects it takes over.
 */
function applyClaim(e: Emitter, v: SentenceView): void {
  for (let i = v.tokStart; i < v.tokEnd - 1; i++) {
    const w = norm(v.doc.tokens[i]!);
    if (w !== "claimed" && w !== "claims" && w !== "claim") continue;
    let claimant: Arg | undefined;
    if (norm(v.doc.tokens[i + 1]!) === "by") {
      // "The attack, claimed by X", "the attack, which was claimed by X": the claimed noun just before.
      let noun = i - 1;
      if (/^(?:was|were)$/.test(norm(v.doc.tokens[noun]!)) && norm(v.doc.tokens[noun - 1]!) === "which") noun -= 2;
      if (v.doc.tokens[noun]?.text === ",") noun--;
      if (noun < v.tokStart || !CLAIMED_NOUNS.has(norm(v.doc.tokens[noun]!))) continue;
      claimant = findAgent(v, i + 1);
      // "X was killed in the attack, which was claimed by Y": the victim of this sentence.
      if (claimant) killedHere(e, v, noun, claimant);
    } else {
      // "claimed responsibility for the [suicide] attack", "claimed the attack": no object named after it.
      let k = i + 1;
      if (norm(v.doc.tokens[k]!) === "responsibility") k += 2;
      while (k < v.tokEnd && k < i + 6 && !CLAIMED_NOUNS.has(norm(v.doc.tokens[k]!))) k++;
      if (k >= v.tokEnd || !CLAIMED_NOUNS.has(norm(v.doc.tokens[k]!)) || ["on", "against", "of"].includes(norm(v.doc.tokens[k + 1] ?? v.doc.tokens[k]!))) continue;
      claimant = findSubject(v, i);
    }
    if (!claimant) continue;
    const heads = v.groups[claimant.group]!.map((m) => v.ms[m]!.entityId);
    const events = latestClaimable(e, v.index, heads);
    for (const h of heads) for (const c of events) emit(e, { relation: c.relation, head: h, tail: c.tail, sentence: v.index, trigger: v.doc.tokens[i]!.text, confidence: Math.min(0.65, c.confidence) * claimant.confidence });
    return;
  }
}

/** A named subject of an agentless passive killing before `end` ("X was also killed in ...") gets the claimant as its killer. */
function killedHere(e: Emitter, v: SentenceView, end: number, claimant: Arg): void {
  for (let k = v.tokStart + 1; k < end; k++) {
    const t = v.doc.tokens[k]!;
    if (!e.lex.participles.has(norm(t)) || !e.lex.triggers.get(norm(t))?.some((x) => x.kind === "verb" && x.relation === "KILLED")) continue;
    let b = k - 1;
    while (b > v.tokStart && isAdverb(v.doc.tokens[b]!)) b--;
    if (!BE.has(norm(v.doc.tokens[b]!)) || norm(v.doc.tokens[k + 1] ?? t) === "by") continue;
    const victim = findSubject(v, k, true);
    if (!victim) return;
    for (const h of v.groups[claimant.group]!)
      for (const m of v.groups[victim.group]!) emit(e, { relation: "KILLED", head: v.ms[h]!.entityId, tail: v.ms[m]!.entityId, sentence: v.index, trigger: "claimed", confidence: 0.6 * claimant.confidence * victim.confidence });
    return;
  }
}

/** ATTACKED and KILLED edges of the latest sentence (this one or up to BACK before) that has any, not by the claimant. */
function latestClaimable(e: Emitter, index: number, not: string[]): Candidate[] {
  let best: Candidate[] = [];
  for (const c of e.out.values()) {
    if (c.sentence > index || c.sentence < index - BACK || (c.relation !== "ATTACKED" && c.relation !== "KILLED") || not.includes(c.head)) continue;
    if (!best.length || c.sentence > best[0]!.sentence) best = [c];
    else if (c.sentence === best[0]!.sentence) best.push(c);
  }
  return best;
}
