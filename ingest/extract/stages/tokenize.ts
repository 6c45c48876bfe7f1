// Stage "tokenize": tokens and sentences for every extraction region of the document.
import type { Stage, Token } from "../types.js";
import { tokenizeRange } from "../tokenize.js";
import { splitSentences } from "../sentences.js";

/** Tokenizes each region separately, so no token or sentence crosses a region boundary. */
export const tokenizeStage: Stage = {
  name: "tokenize",
  requires: ["source"],
  provides: ["tokens", "sentences"],
  run(doc) {
    const { text, regions } = doc.source;
    const tokens: Token[] = [];
    const sentences = [];
    for (const [start, end] of regions) {
      const part = tokenizeRange(text, start, end);
      const offset = tokens.length;
      const sentOffset = sentences.length;
      for (const s of splitSentences(text, part)) {
        sentences.push({ ...s, tokenStart: s.tokenStart + offset, tokenEnd: s.tokenEnd + offset });
      }
      for (const t of part) {
        t.sentence += sentOffset;
        tokens.push(t); // not push(...part): a huge region would overflow the call stack
      }
    }
    return { ...doc, tokens, sentences };
  },
};
