// Role lookup shared by the role rules: role titles at a token, qualifiers and post prepositions.
import type { Emitter } from "./emit.js";
import { isComma, mentionAt, tok } from "./arguments.js";
import type { RoleEntry, SentenceView } from "./types.js";
import { DETS, PREPS, norm } from "./words.js";

/** Confidence of a role edge whose organisation is named in the phrase. */
export const ROLE_CONF = 0.75;
/** Words that keep a role ("the acting director", "a former minister"). */
export const QUALIFIERS = new Set(["interim", "acting", "new", "current", "incumbent", "top", "senior", "longtime", "powerful", "former", "retired", "outgoing", "ex", "then", "erstwhile", "previous", "veteran"]);
/** Prepositions that name where a post is held ("a spokesman for X", "an officer in X", "a fellow at X", "a lawmaker from X"). */
export const POST_PREPS = new Set(["of", "for", "at", "in", "with", "to", "from"]);

/** Longest role entry starting at token i, or undefined. */
export function roleAt(e: Emitter, v: SentenceView, i: number): RoleEntry | undefined {
  const first = tok(v, i);
  const candidates = first ? e.lex.rolesByFirst.get(norm(first)) : undefined;
  return candidates?.find((r) => r.words.every((w, k) => { const t = tok(v, i + k); return !!t && norm(t) === w; }));
}

/** A role word right after an organisation's name ("Zeta subsidiary", "Acme spokesman"). */
export function roleAfterName(e: Emitter, v: SentenceView, i: number): boolean {
  const t = tok(v, i);
  return !!t && /^\p{Ll}/u.test(t.text) && !!roleAt(e, v, i);
}

/** A lower-case word, a demonym or a plain capitalised word that can describe a role ("logistics", "Romanian", "Sahel"). */
export function describing(e: Emitter, v: SentenceView, i: number): boolean {
  const t = tok(v, i);
  if (!t || mentionAt(v, i) >= 0 || isComma(t)) return false;
  const w = norm(t);
  // ("a senior Sahel analyst": a capitalised word that names no entity describes the role too.)
  return !DETS.has(w) && !PREPS.has(w) && (/^\p{Ll}/u.test(t.text) || e.lex.demonyms.has(w) || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !e.lex.roleWords.has(w)));
}
