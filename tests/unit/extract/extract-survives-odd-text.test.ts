// extractDocument on odd input: empty, punctuation only, other scripts, huge tokens, random capitals and brackets.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../ingest/extract/index.js";
import { sourceOf } from "./helpers.js";

const ODD = ["", " ", ".", "((((", "A.", "’s", "(ABC)", "Москва и Киев. Путин сказал.", "北京和上海。", "X".repeat(50_000), "Gen. . . Smith", "of of the", "\n\n"];

/** A small deterministic generator (no Math.random: the test must be repeatable). */
function* randomTexts(count: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const chars = "AbC dE. (XY) ’s of The, Gen. NATO\n-Ło";
  for (let i = 0; i < count; i++) {
    let t = "";
    for (let k = 0; k < 200; k++) t += chars[Math.floor(next() * chars.length)];
    yield t;
  }
}

describe("extractDocument on odd text", () => {
  it("never throws and keeps every mention offset on its surface string", () => {
    for (const text of [...ODD, ...randomTexts(400)]) {
      const x = extractDocument(sourceOf(text), { onError: "fail" });
      for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
