// The agent of a passive ("by X", "by a consortium of A and B", "by a loan from X") and partners ("together with Y").
import { type Arg, COMPOUND, isComma, mentionAt, tok } from "./arg-view.js";
import { findObject } from "./object.js";
import type { SentenceView } from "./types.js";
import { AUX, BE, DETS, PREPS, isAdverb, isMainVerb, norm } from "./words.js";

/** The agent of a passive: "by" + noun phrase within a few tokens after `from`, in the same clause (or the money source after through/with). */
export function findAgent(v: SentenceView, from: number, moneySource = false): Arg | undefined {
  for (let i = from; i < v.tokEnd && i < from + 8; i++) {
    const t = tok(v, i)!;
    const w = norm(t);
    if (w === "by") return findObject(v, i + 1) ?? ledGroupAgent(v, i + 1) ?? memberAgent(v, i + 1) ?? peopleAgent(v, i + 1);
    // "financed mainly through a loan from X", "built with loans from X": the source of the money.
    // (Only for funding verbs: "set up with funding from X" does not make X the founder.)
    const source = moneySource && (w === "through" || w === "with") ? memberAgent(v, i + 1, true) : undefined;
    if (source) return source;
    if (isComma(t) || BE.has(w) || AUX.has(w) || (isMainVerb(t) && i > from)) return undefined;
  }
  return undefined;
}

/** "by officers of X", "by a team of X": unnamed people of a named force act for it. */
function peopleAgent(v: SentenceView, from: number): Arg | undefined {
  let i = from;
  while (tok(v, i) && mentionAt(v, i) < 0 && (DETS.has(norm(tok(v, i)!)) || /^\d+$/.test(tok(v, i)!.text)) && i < from + 2) i++;
  const noun = tok(v, i);
  if (!noun || mentionAt(v, i) >= 0 || !(v.lex.peopleNouns.has(norm(noun)) || AGENT_TEAMS.has(norm(noun)))) return undefined;
  if (!["of", "from"].includes(norm(tok(v, i + 1) ?? noun))) return undefined;
  const a = findObject(v, i + 2, 2);
  return a ? { group: a.group, confidence: a.confidence * 0.8 } : undefined;
}

const AGENT_TEAMS = new Set(["team", "teams", "unit", "units", "operatives", "agents", "detectives", "investigators", "sleuths"]);

/** "by a consortium led by X": the leader of an unnamed group acts for it. */
function ledGroupAgent(v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd && i < from + 4; i++) {
    const w = norm(tok(v, i)!);
    if ((w === "led" || w === "headed") && norm(tok(v, i + 1) ?? tok(v, i)!) === "by") {
      const a = findObject(v, i + 2);
      return a ? { group: a.group, confidence: a.confidence * 0.8 } : undefined;
    }
    if (isComma(tok(v, i)) || PREPS.has(w)) return undefined;
  }
  return undefined;
}

/** Collective nouns whose named members act for them ("a consortium of A and B"). */
const COLLECTIVES = new Set(["consortium", "group", "syndicate", "coalition", "alliance", "venture", "partnership", "club", "team", "grouping"]);
/** Money nouns whose source is the agent ("by a $300 million loan from X"). */
const MONEY = new Set(["loan", "loans", "grant", "grants", "credit", "credits", "financing", "funding", "funds", "investment", "investments", "money", "bonds"]);

/**
 * "by a consortium of [lenders including] A, B and C", "by a $300 million loan from X", "by loans from
 * X": the named members or the source of an unnamed agent, less certain.
 */
function memberAgent(v: SentenceView, from: number, moneyOnly = false): Arg | undefined {
  let collective = false;
  let money = false;
  for (let i = from; i < v.tokEnd && i < from + 8; i++) {
    const t = tok(v, i)!;
    const w = norm(t);
    if (mentionAt(v, i) >= 0 || isComma(t) || t.text === ".") return undefined;
    if (COLLECTIVES.has(w) && !moneyOnly) collective = true;
    else if (MONEY.has(w)) money = true;
    else if ((collective && (w === "of" || w === "including" || w === "comprising")) || (money && w === "from")) {
      // "a consortium of lenders including A": the member list may follow a plural noun.
      let j = i + 1;
      if (w === "of" && /^\p{Ll}/u.test(tok(v, j)?.text ?? "") && norm(tok(v, j + 1) ?? t) === "including") j += 2;
      const a = findObject(v, j, 2);
      return a ? { group: a.group, confidence: a.confidence * 0.8 } : undefined;
    } else if (!(DETS.has(w) || isAdverb(t) || t.tags.includes("Adjective") || t.tags.includes("Value") || /^[$€£¥\d]/.test(t.text) || AMOUNT_WORDS.has(w) || COMPOUND.test(t.text))) return undefined;
  }
  return undefined;
}

const AMOUNT_WORDS = new Set(["million", "billion", "trillion", "bn", "m", "part", "in", "new", "further"]);

/** "..., together with X and Y": partners named after an agent, up to the end of the sentence. */
export function partners(v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd - 1; i++) {
    const w = norm(tok(v, i)!);
    if ((w === "together" || w === "along") && norm(tok(v, i + 1)!) === "with") {
      const p = findObject(v, i + 2);
      return p ? { group: p.group, confidence: p.confidence * 0.8 } : undefined;
    }
    if (isMainVerb(tok(v, i)!) && mentionAt(v, i) < 0) return undefined;
  }
  return undefined;
}
