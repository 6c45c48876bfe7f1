// The most salient entity of the context, for relations whose object the sentence leaves unnamed.
import type { EntityType } from "../../../graph/types.js";
import type { SentenceView } from "./types.js";

/** Preferred kinds of unnamed objects: things acted on before places. */
const RANK: Partial<Record<EntityType, number>> = { Project: 3, Organization: 2, Group: 1, Place: 0 };

/**
 * The entity mentioned most often in the `back` (two) sentences before this one and in this one after
 * `after` (a token index), among allowed types (projects first), excluding the given ids.
 */
export function salientEntity(v: SentenceView, after: number, allowed: ReadonlySet<EntityType> | undefined, exclude: Set<string>, types: Map<string, EntityType>, back = 2): string | undefined {
  const doc = v.doc;
  const from = doc.sentences[Math.max(0, v.index - back)]!.start;
  const sentenceStart = doc.sentences[v.index]!.start;
  const cut = doc.tokens[after]?.start ?? sentenceStart;
  const to = doc.sentences[v.index]!.end;
  const counts = new Map<string, { n: number; rank: number }>();
  for (const m of doc.mentions) {
    if (!m.entityId || m.start < from || m.end > to || exclude.has(m.entityId)) continue;
    if (m.start >= sentenceStart && m.start < cut) continue;
    const t = types.get(m.entityId);
    if (!t || (allowed && !allowed.has(t)) || RANK[t] === undefined) continue;
    const c = counts.get(m.entityId) ?? { n: 0, rank: RANK[t]! };
    c.n++;
    counts.set(m.entityId, c);
  }
  let best: string | undefined;
  let bc = { n: 0, rank: -1 };
  for (const [id, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (c.rank > bc.rank || (c.rank === bc.rank && c.n > bc.n)) [best, bc] = [id, c];
  return best;
}
