// Candidate pairs for the learned classifier: distinct resolved entities named in one sentence, nearest first.
import type { AnnotatedDoc, MentionSpan } from "../types.js";
import type { PairCandidate } from "./types.js";

/** How many later mentions each mention is paired with (nearest first): bounds the work per sentence. */
export const MAX_NEIGHBOURS = 6;

/**
 * Ordered pairs (first before second) of mentions of different entities in each sentence; one pair per
 * entity pair and sentence (the closest one). Overlapping mentions and mentions more than `maxGap` characters
 * apart are never paired.
 * @example pairCandidates(doc).map((c) => [c.firstId, c.secondId])
 */
export function pairCandidates(doc: AnnotatedDoc, neighbours = MAX_NEIGHBOURS, maxGap = Infinity): PairCandidate[] {
  const bySentence = new Map<number, number[]>();
  doc.mentions.forEach((m, i) => {
    if (!m.entityId || m.sentence < 0 || m.sentence >= doc.sentences.length) return;
    (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(i);
  });
  const out: PairCandidate[] = [];
  for (const [sentence, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const ms = list.sort((a, b) => doc.mentions[a]!.start - doc.mentions[b]!.start || a - b);
    const seen = new Map<string, number>();
    for (let i = 0; i < ms.length; i++) {
      const a = doc.mentions[ms[i]!]!;
      for (let j = i + 1, taken = 0; j < ms.length && taken < neighbours; j++) {
        const b = doc.mentions[ms[j]!]!;
        if (b.start - a.end > maxGap) break;
        if (b.entityId === a.entityId || overlaps(a, b)) continue;
        taken++;
        const key = a.entityId! < b.entityId! ? `${a.entityId}|${b.entityId}` : `${b.entityId}|${a.entityId}`;
        const gap = b.start - a.end;
        const prev = seen.get(key);
        if (prev !== undefined) {
          const p = out[prev]!;
          if (doc.mentions[p.second]!.start - doc.mentions[p.first]!.end <= gap) continue;
          out[prev] = pair(sentence, ms[i]!, ms[j]!, a, b);
          continue;
        }
        seen.set(key, out.length);
        out.push(pair(sentence, ms[i]!, ms[j]!, a, b));
      }
    }
  }
  return out;
}

const overlaps = (a: MentionSpan, b: MentionSpan): boolean => a.start < b.end && b.start < a.end;

const pair = (sentence: number, first: number, second: number, a: MentionSpan, b: MentionSpan): PairCandidate => ({
  sentence,
  first,
  second,
  firstId: a.entityId!,
  secondId: b.entityId!,
});
