// Finds the noun phrase a trigger governs to its right, past determiners, titles and possessive owners.
import { appositePerson, describedPerson, describingWord, nounLike, personWithin, titledPerson } from "./apposed-person.js";
import { type Arg, COMPOUND, groupSpan, isComma, mentionAt, tok } from "./arg-view.js";
import type { SentenceView } from "./types.js";
import { DETS, PREPS, isAdverb, isCapitalised, isGlue, isPunct, norm } from "./words.js";

/**
 * The noun phrase starting at `from`: skips determiners, adjectives, title words and possessive
 * modifiers ("Kenya's Army Chief General X" -> X); stops at anything else.
 */
export function findObject(v: SentenceView, from: number, maxSkip = 6): Arg | undefined {
  for (let i = from, skipped = 0; i < v.tokEnd && skipped <= maxSkip; ) {
    const mi = mentionAt(v, i);
    if (mi >= 0) {
      const m = v.ms[mi]!;
      const [, ge] = groupSpan(v, m.group);
      if (m.possessive && v.groups[m.group]!.length === 1) {
        i = ge;
        skipped++;
        continue;
      }
      return { group: titledPerson(v, m.group) ?? m.group, confidence: 1 - skipped * 0.03 };
    }
    const t = tok(v, i)!;
    const w = norm(t);
    // ("the army's 14th Brigade": a lower-case possessive owner is passed over like a determiner.)
    const owner = /^\p{Ll}/u.test(t.text) && /^['’]s?$/.test(tok(v, i + 1)?.text ?? "") && i > from;
    const skippable = owner || DETS.has(w) || isGlue(t) || isAdverb(t) || t.tags.includes("Adjective") || t.tags.includes("Value") || COMPOUND.test(t.text) ||
      (isCapitalised(t) && !PREPS.has(w) && !isPunct(t)) || /^\d/.test(w);
    // "the banned X", "the outlawed X": a participle between a determiner and a name describes it.
    // ("neighbouring X", "the fleeing X": so does a present participle.)
    const participle = (/^\p{Ll}+ed$/u.test(t.text) && i > from && DETS.has(norm(tok(v, i - 1)!)) && mentionAt(v, i + 1) >= 0) ||
      (/^\p{Ll}{3,}ing$/u.test(t.text) && (i === from || DETS.has(norm(tok(v, i - 1)!))) && mentionAt(v, i + 1) >= 0);
    // "Inspector General of Police X": "of" inside a capitalised title before the name.
    const titleOf = w === "of" && i > from && isCapitalised(tok(v, i - 1)!) && mentionAt(v, i - 1) < 0 && !!tok(v, i + 1) && isCapitalised(tok(v, i + 1)!) && mentionAt(v, i + 1) < 0;
    if (titleOf) {
      i++;
      continue;
    }
    const descriptor = participle || (nounLike(t) && personWithin(v, i + 1, 3));
    // "Acme's chief executive, X": the comma before a person after a describing noun.
    // ("the National Security Adviser, X": a capitalised role word closes the description too.)
    const apposed = isComma(t) && i > from && (describingWord(tok(v, i - 1)!) || (isCapitalised(tok(v, i - 1)!) && v.lex.roleWords.has(norm(tok(v, i - 1)!)) && mentionAt(v, i - 1) < 0)) && appositePerson(v, i + 1);
    if (apposed) {
      i++;
      continue;
    }
    if ((!skippable && !descriptor) || PREPS.has(w) || isComma(t) || t.text === ".") return describedPerson(v, i, from);
    i++;
    skipped++;
  }
  return undefined;
}
