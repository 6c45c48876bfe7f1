// The organisation a post is held in: the object after "of"/"at", past a "<Place>-based" modifier ("of the Lyon-based Acme").
import { findObject, mentionAt, tok } from "./arguments.js";
import type { SentenceView } from "./types.js";

/** Lower-case words allowed between "<Place>-based" and the organisation ("the Lyon-based engineering group Acme"). */
const MAX_DESCRIBING = 4;

/**
 * findObject for posts: when the phrase opens with a place used as "<Place>-based", the organisation it
 * describes is the object, not the place.
 * @example postObject(v, i, 3) // "of the Lyon-based consultancy Acme" -> Acme's group
 */
export function postObject(v: SentenceView, from: number, maxSkip: number): { group: number; confidence: number } | undefined {
  const obj = findObject(v, from, maxSkip);
  if (!obj) return obj;
  const first = v.ms[v.groups[obj.group]![0]!]!;
  if (first.type !== "Place" || !/-based$/i.test(tok(v, first.tokEnd - 1)?.text ?? "")) return obj;
  for (let j = first.tokEnd, n = 0; n <= MAX_DESCRIBING && tok(v, j); j++, n++) {
    const mi = mentionAt(v, j);
    if (mi >= 0) return v.ms[mi]!.type === "Organization" ? { group: v.ms[mi]!.group, confidence: obj.confidence } : undefined;
    if (!/^\p{Ll}/u.test(tok(v, j)!.text)) return undefined;
  }
  return undefined;
}
