// How a noun phrase relates to the words before it: object of a preposition, of a verb, or free.
import type { Token } from "../types.js";
import { HONORIFICS, mentionAt, tok } from "./arg-view.js";
import type { SentenceView } from "./types.js";
import { DETS, PREPS, isCapitalised, isGlue, isMainVerb, isPunct, norm } from "./words.js";

/** Words after which a noun phrase is a clause subject, not an object. */
const OPENS_CLAUSE = new Set(["said", "says", "say", "added", "announced", "stated", "believe", "believes", "believed", "whether", "because", "although", "though", "while", "unless"]);

/** How a group relates to what precedes it: "prep" (object of a preposition), "from", "object" or "free". */
export function governor(v: SentenceView, start: number): "prep" | "from" | "object" | "free" {
  for (let i = start - 1, n = 0, titles = 0; i >= v.tokStart && n < 4; i--, n++) {
    const t = tok(v, i)!;
    const w = norm(t);
    // "met Peru's Defence Minister X": titles and a possessive owner sit between the verb and the name.
    const mi = mentionAt(v, i);
    if (mi >= 0 && v.ms[mi]!.possessive && titles > 0) {
      i = v.ms[mi]!.tokStart;
      n--;
      continue;
    }
    // "Inspector General of Police X", "Chief of Army Staff X": a title with "of" inside.
    const prevTok = tok(v, i - 2);
    if (mi < 0 && isCapitalised(t) && !isPunct(t) && norm(tok(v, i - 1) ?? t) === "of" && prevTok && isCapitalised(prevTok) && mentionAt(v, i - 2) < 0 && titles++ < 5) {
      i--;
      continue;
    }
    if (mi < 0 && isCapitalised(t) && (v.lex.roleWords.has(w) || HONORIFICS.has(w) || (titles > 0 && v.lex.demonyms.has(w))) && titles++ < 5) {
      n--;
      continue;
    }
    if (w === "from" || (w === "of" && (isPeopleNoun(tok(v, i - 1), i - 1 === v.tokStart) || v.lex.peopleNouns.has(norm(tok(v, i - 1) ?? t))))) return "from";
    if (PREPS.has(w)) return "prep";
    // "officials said [that] X attacked": a reporting verb opens a clause whose subject X is.
    if (OPENS_CLAUSE.has(w)) return "free";
    // ("directed the X": a trigger verb the tagger read as an adjective still governs.)
    if (v.lex.verbs.has(w) && t.tags.includes("Adjective") && /^\p{Ll}+ed$/u.test(t.text) && !DETS.has(norm(tok(v, i - 1) ?? t))) return "object";
    if (DETS.has(w) || isGlue(t) || (t.tags.includes("Adjective") && !isCapitalised(t))) continue;
    if (isMainVerb(t) || (v.lex.verbs.has(w) && !DETS.has(norm(tok(v, i - 1) ?? t)))) return "object";
    return "free";
  }
  return "free";
}
/** "militants (of X)", "officials (from X)": a plural common noun naming people or units. */
function isPeopleNoun(t: Token | undefined, first: boolean): boolean {
  return !!t && (first || /^\p{Ll}/u.test(t.text)) && (t.tags.includes("Plural") || /[^s]s$/.test(norm(t))) && !PREPS.has(norm(t));
}
