// Wire credit lines ("(Reporting by A in X; Editing by B)"): staff names and desk cities, not the story's entities.
import type { Token } from "../types.js";

const CREDIT_WORDS = new Set(["reporting", "writing", "editing", "compiled", "additional"]);

/** Marks as taken every token of a parenthesised credit line in tokens[from, to): "(Reporting by ...)". */
export function takeCreditLines(tokens: Token[], from: number, to: number, taken: Uint8Array): void {
  for (let i = from; i < to - 2; i++) {
    if (tokens[i]!.text !== "(" || !CREDIT_WORDS.has(tokens[i + 1]!.normal)) continue;
    const by = tokens[i + 2]!.normal === "by" ? i + 2 : tokens[i + 3]?.normal === "by" ? i + 3 : -1;
    if (by < 0) continue;
    let k = i;
    while (k < to && tokens[k]!.text !== ")") taken[k++] = 1;
    i = k;
  }
}
