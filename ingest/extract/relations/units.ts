// Units named with their parent: "the army's Fifth Brigade" and "the UN mission, MINUSCA" -> PART_OF.
import { isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

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
  for (const m of v.ms) {
    if (m.tokStart < 0 || m.type !== "Organization") continue;
    let i = m.tokEnd;
    while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
    const next = mentionAt(v, i) >= 0 ? v.ms[mentionAt(v, i)]! : undefined;
    // "the army's Fifth Brigade": an organisation's unit.
    if (m.possessive && next?.type === "Organization" && next.entityId !== m.entityId && e.lex.unitNouns.has(lastWord(v, next.entityId)))
      emit(e, { relation: "PART_OF", head: next.entityId, tail: m.entityId, sentence: v.index, trigger: "'s", confidence: 0.7 });
    if (m.possessive) continue;
    // "the UN mission, MINUSCA,": a unit noun after the parent, then the unit's name in apposition.
    const noun = tok(v, m.tokEnd);
    if (!noun || !e.lex.unitNouns.has(norm(noun)) || !/^\p{Ll}/u.test(noun.text) || !isComma(tok(v, m.tokEnd + 1))) continue;
    const unit = mentionAt(v, m.tokEnd + 2) >= 0 ? v.ms[mentionAt(v, m.tokEnd + 2)]! : undefined;
    if (unit?.type === "Organization" && unit.entityId !== m.entityId)
      emit(e, { relation: "PART_OF", head: unit.entityId, tail: m.entityId, sentence: v.index, trigger: norm(noun), confidence: 0.7 });
  }
}
