import { describe, expect, test } from "vitest";
import { sentenceAround } from "../../../viewer/shared/sentence.js";

describe("viewer/shared/sentence", () => {
  test("cuts the sentence holding the span and maps the span into it", () => {
    const text = "First one. The mayor met the union on Monday. Last one.";
    const at = text.indexOf("union");
    const s = sentenceAround(text, at, at + 5)!;
    expect(s.text).toBe("The mayor met the union on Monday.");
    expect(s.text.slice(s.start, s.end)).toBe("union");
    expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
  test("a short header line is its own sentence, a wrapped line is not", () => {
    const text = "CITY\ndate 2025-01-02\nThe agency said on Friday that it\nhad closed the port.";
    const at = text.indexOf("port");
    expect(sentenceAround(text, at, at + 4)!.text).toBe("The agency said on Friday that it\nhad closed the port.");
  });
  test("bad spans give nothing", () => {
    expect(sentenceAround("abc", 2, 1)).toBeUndefined();
    expect(sentenceAround("abc", 0, 9)).toBeUndefined();
  });
});
