// "Acme, a rebel coalition led by former officer X" -> X LEADS Acme; "a team of Acme, led by its deputy director X" -> X MEMBER_OF Acme.
import { isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { AUX, BE, PREPS, isMainVerb, norm } from "./words.js";

/** Participles of leading before "by". */
const LED = new Set(["led", "headed", "commanded", "chaired", "helmed", "captained"]);
/** Nouns for a part of an organisation sent out under a leader ("a team of Acme led by X"): the leader is a member. */
const PARTY_NOUNS = new Set(["team", "delegation", "unit", "contingent", "squad", "mission", "panel", "group", "detachment", "committee", "batch"]);
/** How many words the description between the organisation and "led" may have. */
const MAX_BACK = 8;
const MAX_FORWARD = 7;

/** Applies the "<organisation> [description] led by <leader>" pattern to every "led by" of the sentence. */
export function applyLedBy(e: Emitter, v: SentenceView): void {
  for (let i = v.tokStart + 1; i < v.tokEnd - 1; i++) {
    if (!LED.has(norm(tok(v, i)!)) || norm(tok(v, i + 1)!) !== "by" || mentionAt(v, i) >= 0) continue;
    const leader = leaderAfter(v, i + 2);
    const led = ledBefore(v, i);
    if (!leader || !led || leader.entityId === led.org.entityId) continue;
    const relation = led.party ? "MEMBER_OF" : "LEADS";
    for (const k of v.groups[leader.group]!) {
      const x = v.ms[k]!;
      if (x.type === "Person" || (x.type === "Organization" && !led.party)) emit(e, { relation, head: x.entityId, tail: led.org.entityId, sentence: v.index, trigger: `${norm(tok(v, i)!)} by`, confidence: 0.6 });
    }
  }
}

/** The first Person or Organization after "by", past titles, ranks and lower-case descriptions ("its deputy director Dr X"). */
function leaderAfter(v: SentenceView, j: number): LocalMention | undefined {
  for (let n = 0; n < MAX_FORWARD && tok(v, j); n++, j++) {
    const mi = mentionAt(v, j);
    if (mi >= 0) {
      const x = v.ms[mi]!;
      // ("headed by Auditor General X": a title read as an organisation right before the person.)
      const next = mentionAt(v, x.tokEnd) >= 0 ? v.ms[mentionAt(v, x.tokEnd)]! : undefined;
      if (x.type === "Organization" && next?.type === "Person") return next;
      return (x.type === "Person" || x.type === "Organization") && !x.possessive ? x : undefined;
    }
    const t = tok(v, j)!;
    const w = norm(t);
    if (isComma(t) || PREPS.has(w) || w === "and" || w === "." || (isMainVerb(t) && !/^\p{Ll}+-/u.test(t.text))) return undefined;
  }
  return undefined;
}

/**
 * The organisation the "led" at i describes: the nearest mention before it, past an optional comma and a
 * lower-case description ("Acme, a coalition of armed groups led by"). `party` when the description is
 * "a team of Acme" (the leader of a team of an organisation is one of its members).
 */
function ledBefore(v: SentenceView, i: number): { org: LocalMention; party: boolean } | undefined {
  let b = i - 1;
  if (isComma(tok(v, b))) b--;
  let commas = 0;
  for (let n = 0; n < MAX_BACK && b >= v.tokStart; n++, b--) {
    const mi = mentionAt(v, b);
    if (mi >= 0) {
      const x = v.ms[mi]!;
      if (x.type !== "Organization" || x.possessive) return undefined;
      let k = x.tokStart - 1;
      while (k > v.tokStart && norm(tok(v, k)!) === "the") k--;
      const party = k > v.tokStart && norm(tok(v, k)!) === "of" && PARTY_NOUNS.has(norm(tok(v, k - 1)!));
      return { org: x, party };
    }
    const t = tok(v, b)!;
    const w = norm(t);
    if (!/^[\p{Ll}\d]/u.test(t.text) && !isComma(t) && !/^['’]s?$/.test(t.text)) return undefined;
    if (BE.has(w) || AUX.has(w) || w === "and" || w === "who" || w === "which" || w === "that") return undefined;
    // ("the Joint Forces of armed movements led by": a participle before a noun describes it; "attacked the town led by" stops.)
    const next = tok(v, b + 1);
    if (isMainVerb(t) && !(next && /^\p{Ll}/u.test(next.text) && next.tags.includes("Noun"))) return undefined;
    // ("Acme, a coalition of armed groups led by": one comma opens the apposition.)
    if (isComma(t) && ++commas > 1) return undefined;
  }
  return undefined;
}
