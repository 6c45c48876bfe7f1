// The shared pieces of the argument finders: the Arg type, token and mention lookups, group spans.
import type { Token } from "../types.js";
import type { SentenceView } from "./types.js";

/** A coordination group found as an argument, with how sure the finder is. */
export interface Arg {
  group: number;
  confidence: number;
}

const tok = (v: SentenceView, i: number): Token | undefined => (i >= v.tokStart && i < v.tokEnd ? v.doc.tokens[i] : undefined);
const mentionAt = (v: SentenceView, i: number): number => (i >= v.tokStart && i < v.tokEnd ? v.mentionAt[i - v.tokStart]! : -1);
/** A comma-like break; a lone hyphen is a dash ("CITY (Agency) - X said"). */
const isComma = (t: Token | undefined): boolean => !!t && /^(?:[,;:—–]|-|--)$/.test(t.text);

/** Token span [start, end) covered by a group. */
export function groupSpan(v: SentenceView, g: number): [number, number] {
  const members = v.groups[g]!;
  let end = v.ms[members[members.length - 1]!]!.tokEnd;
  // A bracketed acronym merged into the last member.
  while (mentionAt(v, end) >= 0 && v.ms[mentionAt(v, end)]!.group === g) end = v.ms[mentionAt(v, end)]!.tokEnd;
  return [v.ms[members[0]!]!.tokStart, end];
}

/** Capitalised words that may stand before a name as a title ("General", "Sheikh", "Defence"). */
export const HONORIFICS = new Set(["general", "colonel", "sheikh", "king", "queen", "prince", "princess", "emir", "admiral", "major", "lieutenant", "captain", "mr", "mrs", "ms", "dr", "justice", "judge", "crown", "sayyid", "defence", "defense", "foreign", "interior", "finance"]);

/** "state-owned", "Iran-backed", "full-scale": hyphenated compounds before a noun describe it. */
export const COMPOUND = /^\p{L}+(?:-\p{Ll}+)+$/u;

export { tok, mentionAt, isComma };
