// Surface forms of trigger lemmas: verb inflections via compromise's conjugator, noun plurals by rule.
import { conjugate } from "../compromise-data.js";

export interface VerbForms {
  all: string[];
  /** Past forms usable as passive participles. */
  past: string[];
}

/** "audit" -> audit, audits, audited, auditing (past: audited). */
export function verbForms(lemma: string): VerbForms {
  const l = lemma.toLowerCase();
  const c = conjugate(l);
  const past = c.PastTense && !c.PastTense.includes(" ") ? c.PastTense : regularPast(l);
  const third = c.PresentTense && !c.PresentTense.includes(" ") ? c.PresentTense : plural(l);
  const gerund = c.Gerund && !c.Gerund.includes(" ") ? c.Gerund : `${l.replace(/e$/, "")}ing`;
  return { all: [...new Set([l, third, past, gerund])], past: [past] };
}

/** "attack" -> attack, attacks. */
export function nounForms(lemma: string): string[] {
  const l = lemma.toLowerCase();
  return [...new Set([l, plural(l)])];
}

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function regularPast(w: string): string {
  if (w.endsWith("e")) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  return `${w}ed`;
}
