// Closed-class English words the argument finders use (grammar, not a domain lexicon).
import type { Token } from "../types.js";

export const PREPS = new Set([
  "of", "in", "on", "at", "from", "to", "with", "by", "for", "against", "into", "about", "over", "under",
  "between", "among", "near", "after", "before", "during", "since", "through", "across", "toward", "towards",
  "within", "without", "via", "like", "including", "outside", "inside", "per", "than", "upon", "amid", "despite",
]);
export const DETS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "all", "both", "some",
  "many", "several", "various", "other", "another", "each", "every", "any", "most", "top", "senior",
]);
export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets", "getting"]);
export const AUX = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had", "do", "does", "did"]);
const ADVERBS = new Set([
  "also", "not", "never", "all", "both", "often", "still", "already", "then", "now", "later", "again", "even", "just",
  "only", "soon", "further", "n't", "jointly", "together", "once", "reportedly", "allegedly",
]);
const PUNCT = /^[^\p{L}\p{N}]+$/u;

export const isPunct = (t: Token): boolean => PUNCT.test(t.text);
/** The token's lower-case form (the tokenizer already maps ’ to '). */
export const norm = (t: Token): string => t.normal || t.text.toLowerCase();
export const isAdverb = (t: Token): boolean => {
  const n = norm(t);
  return ADVERBS.has(n) || (n.endsWith("ly") && n.length > 4 && !t.tags.includes("Noun")) || t.tags.includes("Adverb");
};
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
/** A verb that is not a form of "be" or an auxiliary. */
export const isMainVerb = (t: Token): boolean => {
  const n = norm(t);
  if (BE.has(n) || AUX.has(n)) return false;
  if (/^\p{Lu}/u.test(t.text)) return false;
  return (t.tags.includes("Verb") && !t.tags.includes("Noun")) || (/ed$/.test(n) && n.length > 4);
};
/** Quotes, apostrophes and possessive endings that sit between words of one noun phrase. */
export const isGlue = (t: Token): boolean => /^(['’"“”‘]|['’]s)$/.test(t.text);
