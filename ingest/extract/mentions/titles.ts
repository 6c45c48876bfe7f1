// Title and role phrases inside capitalised runs: "Army Chief General", "Chief of Army Staff", "Gen.".
import type { Token } from "../types.js";
import { cues } from "../../gazetteer/index.js";
import { lookupPlace } from "../../gazetteer/index.js";

function isHead(t: Token): boolean {
  const c = cues();
  return c.titleHeads.has(t.normal) || c.titleAbbreviations.has(t.normal);
}

function isModifier(t: Token): boolean {
  return cues().titleModifiers.has(t.normal);
}

/** Capitalised name words (not titles) in a row from tokens[k], up to `end`. */
function namesAfter(tokens: Token[], k: number, end: number): number {
  let n = 0;
  while (k + n < end && tokens[k + n]!.tags.includes("TitleCase") && !isHead(tokens[k + n]!) && !isModifier(tokens[k + n]!)) n++;
  return n;
}

/** A rank abbreviation before a name ("SSP X Y"), or a name-like honorific before two name words ("Sardar X Y"). */
function isConditionalHead(tokens: Token[], k: number, end: number): boolean {
  const c = cues();
  const t = tokens[k]!;
  if (c.rankTitles.has(t.normal)) return namesAfter(tokens, k + 1, end) >= 1;
  return c.honorifics.has(t.normal) && namesAfter(tokens, k + 1, end) >= 2;
}

/**
 * Length (in tokens) of the title phrase starting at tokens[i], stopping before `end`; 0 when none.
 * A title is modifiers and heads ending in a head ("Deputy Prime Minister", "Army Chief General"),
 * optionally followed by "of (the) ..." made of title words ("Chief of Army Staff").
 */
export function matchTitle(tokens: Token[], i: number, end: number): number {
  let k = i;
  let after = -1;
  while (k < end) {
    const t = tokens[k]!;
    if (t.text === "." && k > i && cues().titleAbbreviations.has(tokens[k - 1]!.normal)) {
      if (after === k) after = k + 1;
      k++;
    } else if (isHead(t) || isConditionalHead(tokens, k, end)) after = ++k;
    else if (isModifier(t)) k++;
    else break;
  }
  if (after < 0) return 0;
  return extendOf(tokens, after, end) - i;
}

/** "Chief" + "of Army Staff": the of-part joins only when it is made of title words, not a place or name. */
function extendOf(tokens: Token[], at: number, end: number): number {
  if (at >= end || (tokens[at]!.normal !== "of" && tokens[at]!.normal !== "for")) return at; // "Chief of Staff", "Commissioner for Human Rights"
  let k = at + 1;
  if (k < end && tokens[k]!.normal === "the") k++;
  const from = k;
  while (k < end && (isModifier(tokens[k]!) || isHead(tokens[k]!)) && !lookupPlace(tokens[k]!.text)) k++;
  if (k === from) return at;
  return tokens[k]?.normal === "for" && k < end ? extendOf(tokens, k, end) : k; // "Minister of State for Home Affairs"
}
