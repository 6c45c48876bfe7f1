// Names inside hyphenated modifiers: "the X-based firm" (a place), "the Y-linked group", "Z-backed forces" (a place or a body).
import type { MentionSpan, Token } from "../types.js";
import { demonymCountry, lookupPlace } from "../../gazetteer/index.js";
import { isArticleName, type WordContext } from "./words.js";

/** Tails that say where something is: the name before them is a place. */
const SEAT_TAILS = new Set(["based", "headquartered", "registered", "born"]);
/** Tails that say who stands behind something: the name is a known place, an "al-X" body or an acronym. */
const BACKER_TAILS = new Set(["linked", "backed", "led", "allied", "aligned", "affiliated", "sponsored", "funded", "run", "owned", "controlled"]);

const TAIL = /^(.+)-([a-z]+)$/u;
const NAME_HEAD = /^(?:\p{Lu}|al-\p{Lu}|el-\p{Lu})/u;
const ACRONYM = /^\p{Lu}[\p{Lu}.&]{1,7}$/u;

/** Extends a hyphen token's name part left over capitalised words when the whole is a known place ("New York-based"). */
function leftWords(ctx: WordContext, i: number, head: string): { start: number; name: string } {
  const { tokens, text } = ctx;
  let best = { start: tokens[i]!.start, name: head };
  for (let k = i - 1; k >= Math.max(0, i - 2) && tokens[k]!.tags.includes("TitleCase") && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    const name = `${text.slice(tokens[k]!.start, tokens[i]!.start)}${head}`;
    if (lookupPlace(name)) best = { start: tokens[k]!.start, name };
  }
  return best;
}

function mention(t: Token, start: number, name: string, entityType: MentionSpan["entityType"], source: string, confidence: number): MentionSpan {
  return { start, end: start + name.length, text: name, entityType, sentence: t.sentence, source, confidence };
}

/**
 * Mentions of the name part of hyphenated modifiers in tokens[from, to): "London-based" -> London
 * (Place), "Iran-backed" -> Iran, "al-X-linked" -> al-X (Organization), "ABC-led" -> ABC.
 * Demonyms ("Kurdish-led") and lower-case prefixes ("state-owned") give nothing.
 */
export function findHyphenNames(ctx: WordContext, from: number, to: number): MentionSpan[] {
  const { tokens } = ctx;
  const out: MentionSpan[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text.length < 6 || t.text.charCodeAt(t.text.length - 1) > 122 || !t.text.includes("-")) continue;
    const m = TAIL.exec(t.text);
    if (!m || !NAME_HEAD.test(m[1]!)) continue;
    const head = m[1]!;
    const tail = m[2]!;
    const seat = SEAT_TAILS.has(tail);
    if (!seat && !BACKER_TAILS.has(tail)) continue;
    if (demonymCountry(head) || /-/.test(head.replace(/^(?:al|el)-/, ""))) continue; // "Kurdish-led", "Kyzyl-Bel-based"
    const { start, name } = leftWords(ctx, i, head);
    const place = lookupPlace(name);
    if (place) {
      const p = mention(t, start, name, "Place", "hyphen-place", 0.75);
      p.canonical = place.name;
      if (place.countryCode) p.attributes = { countryCode: place.countryCode, ...(place.lat !== undefined ? { lat: place.lat, lon: place.lon } : {}) };
      out.push(p);
    } else if (isArticleName({ ...t, text: head })) out.push(mention(t, start, name, "Organization", "hyphen-body", 0.7));
    else if (ACRONYM.test(head)) out.push(mention(t, start, name, "Organization", "hyphen-acronym", 0.6));
    else if (seat && /^\p{Lu}\p{Ll}+$/u.test(head)) out.push(mention(t, start, name, "Place", "hyphen-place", 0.6));
  }
  return out;
}
