// The most salient entity of the context, for relations whose object the sentence leaves unnamed.
import type { EntityType } from "../../../graph/types.js";
import type { SentenceView } from "./types.js";

/**
 * The entity mentioned most often in this sentence and the two before it, among allowed types,
 * excluding the given ids; ties go to the most recent mention.
 */
export function salientEntity(v: SentenceView, allowed: ReadonlySet<EntityType> | undefined, exclude: Set<string>, types: Map<string, EntityType>): string | undefined {
  const doc = v.doc;
  const from = doc.sentences[Math.max(0, v.index - 2)]!.start;
  const to = doc.sentences[v.index]!.end;
  const counts = new Map<string, { n: number; last: number }>();
  for (const m of doc.mentions) {
    if (!m.entityId || m.start < from || m.end > to || exclude.has(m.entityId)) continue;
    const t = types.get(m.entityId);
    if (!t || (allowed && !allowed.has(t)) || t === "Person") continue;
    const c = counts.get(m.entityId) ?? { n: 0, last: 0 };
    c.n++;
    c.last = m.start;
    counts.set(m.entityId, c);
  }
  let best: string | undefined;
  let bc = { n: 0, last: -1 };
  for (const [id, c] of counts) if (c.n > bc.n || (c.n === bc.n && c.last > bc.last)) [best, bc] = [id, c];
  return best;
}
