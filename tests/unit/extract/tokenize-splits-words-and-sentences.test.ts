// Tokenizer and sentence splitter: offsets, possessives, prefixes, abbreviations, glued sentences.
import { describe, expect, it } from "vitest";
import { splitSentences, tokenizeRange } from "../../../ingest/extract/index.js";

const words = (text: string) => tokenizeRange(text, 0, text.length).map((t) => t.text);

describe("tokenizeRange", () => {
  it("keeps offsets that slice the text to the token", () => {
    const text = "  The Ministry’s staff met Dr. Ana Lopez.";
    for (const t of tokenizeRange(text, 0, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it("splits possessives and name prefixes but keeps hyphenated words", () => {
    expect(words("Norway’s anti-Kremlin non-Norway Counter-Fraud Unit")).toEqual([
      "Norway", "’s", "anti-", "Kremlin", "non-", "Norway", "Counter-Fraud", "Unit",
    ]);
  });
  it("tags shapes and lexicon parts of speech", () => {
    const [a, b, c] = tokenizeRange("NATO Monday visited", 0, 19);
    expect(a!.tags).toContain("Acronym");
    expect(b!.tags).toContain("WeekDay");
    expect(c!.tags).toContain("Verb");
  });
  it("does not mark it's as a possessive", () => {
    const toks = tokenizeRange("It's Oslo's", 0, 11);
    expect(toks[1]!.tags).not.toContain("Possessive");
    expect(toks[3]!.tags).toContain("Possessive");
  });
});

describe("splitSentences", () => {
  const sentences = (text: string) => {
    const toks = tokenizeRange(text, 0, text.length);
    return splitSentences(text, toks).map((s) => text.slice(s.start, s.end));
  };
  it("splits on terminal punctuation, not after titles or initials", () => {
    expect(sentences("Gen. Smith spoke. J. R. Doe left! Did he?")).toEqual(["Gen. Smith spoke.", "J. R. Doe left!", "Did he?"]);
  });
  it("splits at line breaks and at glued sentence joins", () => {
    expect(sentences("A heading\nThe rain fell.Then it stopped.")).toEqual(["A heading", "The rain fell.", "Then it stopped."]);
  });
  it("keeps a closing quote with its sentence", () => {
    expect(sentences("He said, “We agree.” They left.")).toEqual(["He said, “We agree.”", "They left."]);
    expect(sentences('He said, "We agree." They left.')).toEqual(['He said, "We agree."', "They left."]);
  });
  it("starts a sentence with its opening quote, at a paragraph start or after a space", () => {
    expect(sentences('The talks ended.\n\n"We will not give in," she said.')).toEqual([
      "The talks ended.",
      '"We will not give in," she said.',
    ]);
    expect(sentences('The talks ended. "We will not give in," she said.')).toEqual([
      "The talks ended.",
      '"We will not give in," she said.',
    ]);
  });
});
