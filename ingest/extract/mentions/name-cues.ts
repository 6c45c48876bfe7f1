// Context words around an unknown name that say what it is: "towards X", "residents of X", "identified as X", "X special forces".
import { cues } from "../../gazetteer/index.js";
import type { WordContext } from "./words.js";

const TOWARDS = new Set(["towards", "toward", "near", "outside"]);
/** Nouns for a person before "named X" / "called X" ("a farmer named X"). */
const PERSON_NOUNS = new Set(["man", "woman", "boy", "girl", "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "resident", "farmer", "driver", "shopkeeper", "student", "teacher", "soldier", "commander", "fighter", "suspect", "victim", "child"]);
/** Words before "as X" that introduce a person's name ("identified as X", "gave his name as X"). */
const NAME_AS = new Set(["identified", "name", "named"]);
/** Adjectives between a name and its unit noun ("the X special forces"). */
const UNIT_ADJECTIVES = new Set(["special", "security", "paramilitary", "elite", "rapid", "tribal", "border", "regional", "local"]);

/** Nouns of position before "of X" ("the direction of X", "the outskirts of Y"). */
const PLACE_OF_NOUNS = new Set(["direction", "outskirts", "suburbs", "vicinity"]);
/** Posts held over a place ("the mayor of X", "the district governor of Y"). */
const PLACE_POSTS = new Set(["mayor", "governor", "administrator"]);
/** People said to come from a place ("a tribal elder from X", "a cleric from Y"). */
const FROM_PEOPLE = new Set(["elder", "elders", "resident", "residents", "native", "villager", "villagers", "farmer", "farmers", "trader", "traders", "cleric", "family", "families", "man", "woman", "boy", "girl", "student", "shopkeeper", "driver", "fisherman", "fishermen"]);

/** Verbs of movement before "to X" ("troops were sent to X", "families fled to Y"). */
const MOTION_VERBS = new Set(["sent", "moved", "deployed", "travelled", "traveled", "returned", "fled", "headed", "transferred", "shifted", "rushed", "flown", "relocated", "evacuated", "redeployed", "airlifted"]);

/** "X, 34, said": a lone word with an age in commas after it is a person. */
export function ageAfter(ctx: WordContext, b: number): boolean {
  const { tokens } = ctx;
  return tokens[b]?.text === "," && /^\d{1,3}$/.test(tokens[b + 1]?.text ?? "") && tokens[b + 2]?.text === ",";
}

/** "towards X", "near X", "residents of X", "the mayor of X", "an elder from X", "sent to X": a place cue strong enough to overrule a person-name guess. */
export function strongPlaceBefore(ctx: WordContext, a: number): boolean {
  const prev = ctx.tokens[a - 1];
  if (!prev) return false;
  if (TOWARDS.has(prev.normal)) return true;
  const before = ctx.tokens[a - 2]?.normal ?? "";
  if (prev.normal === "from") return FROM_PEOPLE.has(before);
  if (prev.normal === "in") return FROM_PEOPLE.has(before) || cues().residentNouns.has(before); // "traders in X", "residents in Y"
  if (prev.normal === "to") return MOTION_VERBS.has(before);
  return prev.normal === "of" && (cues().residentNouns.has(before) || PLACE_POSTS.has(before) || PLACE_OF_NOUNS.has(before));
}

/** "from X to Y": both ends of a from-to span are places (days and months are no names here). */
export function fromToPlace(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const cap = (i: number) => !!tokens[i] && (tokens[i]!.tags.includes("TitleCase") || /^(?:al|el)-\p{Lu}/u.test(tokens[i]!.text)) && !tokens[i]!.tags.some((t) => t === "Month" || t === "WeekDay" || t === "Date");
  if (tokens[a - 1]?.normal === "from" && tokens[b]?.normal === "to" && cap(b + 1)) return true;
  if (tokens[a - 1]?.normal !== "to") return false;
  let k = a - 2;
  while (k >= a - 4 && cap(k)) k--;
  return k < a - 2 && tokens[k]?.normal === "from";
}

/** "in X", "around X": a place cue for a name with no personal-name word. */
export function weakPlaceBefore(ctx: WordContext, a: number): boolean {
  return cues().weakLocativePrepositions.has(ctx.tokens[a - 1]?.normal ?? "");
}

/** The name is followed by a possessive ("X's house"): a preposition before it then says nothing of the name itself. */
export function possessiveAfter(ctx: WordContext, b: number): boolean {
  const t = ctx.tokens[b];
  return !!t && (t.tags.includes("Possessive") || t.text === "'s" || t.text === "’s" || t.text === "'" || t.text === "’");
}

/** "identified as X", "gave his name as X", "a farmer named X". */
export function personCueBefore(ctx: WordContext, a: number): boolean {
  const prev = ctx.tokens[a - 1]?.normal ?? "";
  let k = a - 2;
  if (prev === "as") {
    if (ctx.tokens[k]?.normal === "only") k--;
    return NAME_AS.has(ctx.tokens[k]?.normal ?? "");
  }
  return (prev === "named" || prev === "called") && PERSON_NOUNS.has(ctx.tokens[k]?.normal ?? "");
}

/** "MIRANSHAH, Nov 18:" - a word in capitals opening a line, a comma and a date soon after: the dateline's place. */
export function datelineAt(ctx: WordContext, a: number): boolean {
  const t = ctx.tokens[a]!;
  if (t.start > 0 && ctx.text[t.start - 1] !== "\n" || !/^\p{Lu}{3,}$/u.test(t.text) || ctx.tokens[a + 1]?.text !== ",") return false;
  for (let k = a + 2; k < Math.min(ctx.tokens.length, a + 8); k++) if (ctx.tokens[k]!.tags.includes("Month")) return true;
  return false;
}

/** Index of a lower-case feature noun right after the name ("X river", "Y valley"), or -1. */
export function featureAfter(ctx: WordContext, b: number): number {
  const t = ctx.tokens[b];
  return t && /^\p{Ll}/u.test(t.text) && cues().featureHeads.has(t.normal) ? b : -1;
}

/** "the X special forces", "X units", "X militia": a lower-case unit noun after the name. */
export function unitAfter(ctx: WordContext, b: number): boolean {
  let t = ctx.tokens[b];
  if (t && UNIT_ADJECTIVES.has(t.normal) && /^\p{Ll}/u.test(t.text)) t = ctx.tokens[b + 1];
  return !!t && /^\p{Ll}/u.test(t.text) && cues().unitNouns.has(t.normal);
}

/** Lower-case words that may stand between a name and its administrative noun ("X local government area", "Y rural district"). */
const ADMIN_MODIFIERS = new Set(["local", "government", "rural", "urban", "municipal", "metropolitan", "union", "autonomous", "tribal"]);

/** "X local government area", "Y union council", "Z rural district": modifiers, then a place or administrative noun. */
export function adminPhraseAfter(ctx: WordContext, b: number): boolean {
  const c = cues();
  let k = b;
  while (k < b + 2 && ctx.tokens[k] && /^\p{Ll}/u.test(ctx.tokens[k]!.text) && ADMIN_MODIFIERS.has(ctx.tokens[k]!.normal)) k++;
  const head = ctx.tokens[k];
  return k > b && !!head && /^\p{Ll}/u.test(head.text) && (c.placeHeads.has(head.normal) || c.adminNouns.has(head.normal) || head.normal === "council");
}

/** "ERBIL, Nov 22 (X Y) -": the name in parentheses right after a dateline's date is the outlet. */
export function datelineOutlet(ctx: WordContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  return tokens[a - 1]?.text === "(" && tokens[b]?.text === ")" && /^\d{1,2}$/.test(tokens[a - 2]?.text ?? "") && !!tokens[a - 3]?.tags.includes("Month");
}
