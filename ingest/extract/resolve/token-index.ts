// Offset -> token index lookups (binary search over the document's tokens).
import type { Token } from "../types.js";

/** Index of the token whose `start` (or `end`, with byEnd) equals offset; -1 when none. */
export function tokenIndexAt(tokens: Token[], offset: number, byEnd = false): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = byEnd ? tokens[mid]!.end : tokens[mid]!.start;
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
