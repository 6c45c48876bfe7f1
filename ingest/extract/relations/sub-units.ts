// Heads of unnamed sub-units: "X, who heads the ministry's northern region" is a member of the ministry, not its leader.
import { mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { latestOrganisation, orgNounAt } from "./org-nouns.js";
import { PLACE_HEADS } from "./roles.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

/** Nouns for a part of an organisation that has no name of its own. */
const SUBUNITS = new Set(["region", "office", "department", "division", "unit", "section", "branch", "wing", "bureau", "desk", "cell", "directorate", "team", "committee", "zone", "sector", "operations", "programme", "program", "chapter", "affairs", "command", "headquarters"]);
const HEAD_VERBS = new Set(["heads", "head", "headed", "heading", "leads", "lead", "led", "leading", "runs", "ran", "run", "running", "commands", "commanded", "chairs", "chaired", "oversees", "oversaw"]);

/**
 * "<head verb> the <Org>'s [up to three words] <sub-unit noun>": the LEADS edges the verb gave to the
 * organisation in this sentence become MEMBER_OF. Runs after the trigger frames.
 */
export function applySubUnits(e: Emitter, v: SentenceView): void {
  placeLeadsFromPostsOnly(e, v);
  for (let i = v.tokStart; i < v.tokEnd - 3; i++) {
    if (!HEAD_VERBS.has(norm(tok(v, i)!)) || mentionAt(v, i) >= 0 || norm(tok(v, i + 1)!) !== "the") continue;
    const mi = mentionAt(v, i + 2);
    let owner: string | undefined;
    let k: number;
    if (mi >= 0 && v.ms[mi]!.possessive && v.ms[mi]!.type === "Organization") [owner, k] = [v.ms[mi]!.entityId, v.ms[mi]!.tokEnd];
    else if (mi < 0 && /^['’]s?$/.test(tok(v, i + 3)?.text ?? "")) {
      // "the department's northern region" with no department named: the organisation named last.
      owner = orgNounAt(v, i + 1)?.id ?? latestOrganisation(v, tok(v, i + 2)!.start);
      k = i + 3;
    } else continue;
    if (!owner) continue;
    while (tok(v, k) && /^['’]s?$/.test(tok(v, k)!.text)) k++;
    let unit = false;
    for (let n = 0; n < 4 && tok(v, k + n) && mentionAt(v, k + n) < 0 && /^\p{Ll}/u.test(tok(v, k + n)!.text); n++)
      if (SUBUNITS.has(norm(tok(v, k + n)!))) unit = true;
      else if (unit) break;
    if (!unit) continue;
    let moved = false;
    for (const [key, c] of [...e.out]) {
      if (c.relation !== "LEADS" || c.tail !== owner || c.sentence !== v.index) continue;
      e.out.delete(key);
      moved = true;
      emit(e, { ...c, relation: "MEMBER_OF", trigger: `${c.trigger} sub-unit`, confidence: Math.min(c.confidence, 0.6) });
    }
    // "X, who heads the department's northern region": the person before "who".
    const p = mentionAt(v, i - 3) >= 0 ? v.ms[mentionAt(v, i - 3)]! : undefined;
    if (!moved && p?.type === "Person" && p.tokEnd === i - 2 && tok(v, i - 2)!.text === "," && norm(tok(v, i - 1)!) === "who")
      emit(e, { relation: "MEMBER_OF", head: p.entityId, tail: owner, sentence: v.index, trigger: `who ${norm(tok(v, i)!)} sub-unit`, confidence: 0.55 });
  }
}

/** A place is led only by the holder of a local post ("Gedo governor X"); "X led Kenya in the talks" is no such edge. */
function placeLeadsFromPostsOnly(e: Emitter, v: SentenceView): void {
  for (const [key, c] of e.out)
    if (c.sentence === v.index && c.relation === "LEADS" && e.types.get(c.tail) === "Place" && ![...PLACE_HEADS].some((p) => c.trigger.includes(p))) e.out.delete(key);
}
