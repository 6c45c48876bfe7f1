// Meetings between sides: "a meeting ... with the A side led by P1 and the B side led by P2" -> P1 MET_WITH P2.
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

const LED = new Set(["led", "headed"]);

/** In a sentence with a MET_WITH trigger, the leaders of two or more sides met each other. */
export function applySides(e: Emitter, v: SentenceView, hasMeetingTrigger: boolean): void {
  if (!hasMeetingTrigger) return;
  const leaders: string[] = [];
  for (let i = v.tokStart + 1; i < v.tokEnd - 1; i++) {
    if (!LED.has(norm(v.doc.tokens[i]!)) || norm(v.doc.tokens[i + 1]!) !== "by") continue;
    if (!e.lex.delegationNouns.has(norm(v.doc.tokens[i - 1]!))) continue;
    let end = i + 2;
    for (; end < v.tokEnd && end < i + 14; end++) {
      const w = norm(v.doc.tokens[end]!);
      if (LED.has(w) || (w === "and" && end > i + 2)) break;
    }
    const p = v.ms.find((m) => m.type === "Person" && m.tokStart > i + 1 && m.tokStart < end);
    if (p && !leaders.includes(p.entityId)) leaders.push(p.entityId);
  }
  for (let a = 0; a < leaders.length; a++)
    for (let b = a + 1; b < leaders.length; b++)
      emit(e, { relation: "MET_WITH", head: leaders[a]!, tail: leaders[b]!, sentence: v.index, trigger: "side led by", confidence: 0.75 });
}
