// Context cues that make a weak mention stronger: "X said", "according to X", "quoted by X".
import type { MentionSpan } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import type { WordContext } from "./words.js";

const WEAK = new Set(["single", "acronym", "capitalised", "name", "single-person", "lexicon"]);

/** Index of the token starting at `offset` (binary search); -1 if none. */
function tokenAt(ctx: WordContext, offset: number, startEdge: boolean): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = ctx.tokens[mid]!;
    const v = startEdge ? t.start : t.end;
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Raises confidence of weak mentions that act as a source or speaker. */
export function boostByContext(ctx: WordContext, mentions: MentionSpan[]): void {
  const c = cues();
  const preps = c.sourcePrepositions.map((p) => p.split(" "));
  for (const m of mentions) {
    if (!WEAK.has(m.source)) continue;
    const first = tokenAt(ctx, m.start, true);
    const last = tokenAt(ctx, m.end, false);
    if (first < 0 || last < 0) continue;
    const after = ctx.tokens[last + 1];
    let cued = !!after && c.actorVerbs.has(after.normal);
    for (const p of preps) {
      if (cued) break;
      const at = ctx.tokens[first - 1]?.normal === "the" ? first - 1 : first; // "according to the X"
      cued = p.every((w, k) => ctx.tokens[at - p.length + k]?.normal === w);
    }
    if (!cued) continue;
    m.confidence = Math.min(0.9, m.confidence + 0.3);
    // a lone unknown word that speaks or reports is an agency or outlet unless a full name claims it later
    if (m.source === "single") [m.entityType, m.source] = ["Organization", "single-cued"];
  }
}
