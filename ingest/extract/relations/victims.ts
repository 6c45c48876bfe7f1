// Unnamed counted objects of people ("killing 12 soldiers", "arrested three suspects") as Group entities.
import type { Arg } from "./arguments.js";
import { mentionAt, tok } from "./arguments.js";
import type { Emitter } from "./emit.js";
import type { SentenceView } from "./types.js";
import { norm } from "./words.js";

/** Words before the count that do not belong to the group's name. */
const APPROX = new Set(["at", "least", "more", "than", "about", "around", "nearly", "almost", "over", "some", "up", "to", "another", "roughly", "an", "estimated"]);
const NUMBER_WORDS = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
  "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  "hundred", "hundreds", "dozens", "scores", "thousands", "several", "dozen",
]);

/** People nouns too vague to name a group without its count. */
const VAGUE = new Set(["people", "men", "women", "children", "members", "others", "persons"]);

/**
 * The object phrase at `from` when it is a count (or bare plural) of people nouns, e.g. "at least 30
 * militants", "three suspected smugglers", "civilians": a Group entity named by the phrase without
 * approximators, created once per document and placed in the view as a synthetic group.
 * Nothing when a name follows ("members of X" is X's business) or the phrase goes on with "including".
 */
export function countedGroup(e: Emitter, v: SentenceView, from: number): Arg | undefined {
  if (!e.lex.peopleNouns.size) return undefined;
  let i = from;
  while (tok(v, i) && APPROX.has(norm(tok(v, i)!)) && i < from + 3) i++;
  const start = i;
  let counted = false;
  for (; tok(v, i) && i < start + 3; i++) {
    const w = norm(tok(v, i)!);
    if (/^\d[\d,]*$/.test(w) || NUMBER_WORDS.has(w)) counted = true;
    else if (w !== "of") break;
  }
  // Up to two describing words ("suspected", "Malawian", "off-duty") before the people noun.
  for (let k = 0; k < 3 && tok(v, i); k++, i++) {
    const t = tok(v, i)!;
    if (mentionAt(v, i) >= 0) return undefined;
    if (e.lex.peopleNouns.has(norm(t)) && /^\p{Ll}/u.test(t.text)) return make(e, v, start, i, counted);
    if (k === 2 || !(t.tags.includes("Adjective") || e.lex.demonyms.has(norm(t)) || /^\p{Ll}[\p{Ll}-]+$/u.test(t.text)) || /^[,.;:]$/.test(t.text)) return undefined;
  }
  return undefined;
}

function make(e: Emitter, v: SentenceView, start: number, noun: number, counted: boolean): Arg | undefined {
  const next = tok(v, noun + 1);
  const after = next ? norm(next) : "";
  if (after === "of" || after === "from" || after === "including") return undefined;
  if (next?.text === "," && norm(tok(v, noun + 2) ?? next) === "including") return undefined;
  // A bare plural without a count must be a single word ("civilians"): "local residents" is fine too.
  if (!counted && noun - start > 1) return undefined;
  const doc = v.doc;
  const s = doc.tokens[start]!.start;
  const end = doc.tokens[noun]!.end;
  const text = doc.source.text.slice(s, end);
  if (text.includes("\n")) return undefined;
  // Named without the count ("soldiers", "Malawian soldiers"); the counted phrase is an alias.
  let first = start;
  while (first < noun && (/^\d/.test(doc.tokens[first]!.text) || NUMBER_WORDS.has(norm(doc.tokens[first]!)) || norm(doc.tokens[first]!) === "of")) first++;
  // ("26 people" keeps its count: a bare "people" would join every unnamed crowd of the corpus.)
  const name = VAGUE.has(norm(doc.tokens[noun]!)) ? text : doc.source.text.slice(doc.tokens[first]!.start, end);
  const id = `Group:${name.toLowerCase()}`;
  const known = e.created.get(id);
  if (known && !known.aliases.includes(text)) known.aliases.push(text);
  if (!known && !e.types.has(id)) {
    const mention = { doc: doc.source.info.id, start: s, end, text };
    e.created.set(id, { id, name, entityType: "Group", aliases: [...new Set([name, text])], mentions: [mention], confidence: 0.6 });
    e.types.set(id, "Group");
  }
  v.ms.push({ entityId: id, type: "Group", tokStart: -1, tokEnd: -1, start: -1, end: -1, possessive: false, group: v.groups.length });
  v.groups.push([v.ms.length - 1]);
  return { group: v.groups.length - 1, confidence: counted ? 0.8 : 0.7 };
}
