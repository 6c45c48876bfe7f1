// Attaches free-standing role phrases to the nearest person in the same sentence ("X, Vice Chairman of ...").
import type { MentionSpan, RoleSpan, Token } from "../types.js";
import { tokenIndexAt } from "./token-index.js";

/** Most tokens allowed between a role phrase and the person it describes. */
const MAX_GAP = 6;

/** Returns mentions with `role` filled from adjacent role phrases (those the recognizer did not attach). */
export function attachRoles(tokens: Token[], mentions: MentionSpan[], roles: RoleSpan[]): MentionSpan[] {
  const out = mentions.map((m) => ({ ...m }));
  const bySentence = new Map<number, MentionSpan[]>();
  for (const m of out) if (m.entityType === "Person") (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  for (const r of roles) {
    if (r.mention !== undefined) continue;
    const rs = tokenIndexAt(tokens, r.start);
    const re = tokenIndexAt(tokens, r.end, true);
    let best: MentionSpan | undefined;
    let bestGap = MAX_GAP + 1;
    for (const m of bySentence.get(r.sentence) ?? []) {
      const ms = tokenIndexAt(tokens, m.start);
      const me = tokenIndexAt(tokens, m.end, true);
      const gap = me < rs ? rs - me - 1 : ms - re - 1;
      if (gap >= 0 && gap < bestGap) {
        best = m;
        bestGap = gap;
      }
    }
    if (best) best.role = best.role ? `${best.role}; ${r.text}` : r.text;
  }
  return out;
}
