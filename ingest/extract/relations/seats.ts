// Where organisations sit, said in a noun phrase: "Norway's Acme", "Acme's headquarters in Lyon", "its headquarters at Y".
import { mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { DETS, norm } from "./words.js";

const REL = "LOCATED_IN";
/** Nouns for the seat of an organisation ("its headquarters in Lyon", "the bank's head office at Y"). */
const SEAT_NOUNS = new Set(["headquarters", "hq", "seat", "secretariat"]);
/** Lower-case words allowed between a country's possessive and the company it owns ("Norway's state oil company Acme"). */
const MAX_DESCRIBING = 4;

/** Applies the noun-phrase seat patterns of the sentence. */
export function applySeats(e: Emitter, v: SentenceView): void {
  for (const m of v.ms) if (m.type === "Place" && m.possessive) countryOwned(e, v, m);
  for (let i = v.tokStart; i < v.tokEnd; i++) if (mentionAt(v, i) < 0 && SEAT_NOUNS.has(norm(tok(v, i)!))) seat(e, v, i);
}

const nameOf = (v: SentenceView, id: string): string => v.doc.entities.find((x) => x.id === id)?.name ?? "";

/**
 * "Italy's Eni", "Russia's state nuclear corporation Rosatom": a company a country's possessive names is
 * in that country. A state's own bodies ("Kenya's Interior Ministry", "Nigeria's army") are left out:
 * they are the country's, not merely located in it.
 */
function countryOwned(e: Emitter, v: SentenceView, p: LocalMention): void {
  const country = nameOf(v, p.entityId).toLowerCase();
  if (!e.lex.countries.has(country)) return;
  let i = p.tokEnd;
  while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
  for (let n = 0; n < MAX_DESCRIBING && tok(v, i) && mentionAt(v, i) < 0 && /^\p{Ll}/u.test(tok(v, i)!.text) && !DETS.has(norm(tok(v, i)!)); n++, i++) {
    const w = norm(tok(v, i)!);
    // ("Egypt's state oil company X", "Kenya's oil minister and X chairman": a state's own company, or a post.)
    if (STATE_OWNED.has(w) || w === "and" || e.lex.roleWords.has(w)) return;
  }
  const org = mentionAt(v, i) >= 0 ? v.ms[mentionAt(v, i)]! : undefined;
  if (!org || org.type !== "Organization" || !/^\p{Lu}/u.test(tok(v, org.tokStart)!.text) || org.possessive) return;
  // ("Egypt's Zohr facilities": the name only modifies a noun.)
  const after = tok(v, org.tokEnd);
  if (after && /^\p{Ll}/u.test(after.text) && after.tags.includes("Noun") && !after.tags.includes("Verb")) return;
  const name = nameOf(v, org.entityId);
  if (stateBody(e, name) || / and | & /i.test(name)) return;
  emit(e, { relation: REL, head: org.entityId, tail: p.entityId, sentence: v.index, trigger: "'s", confidence: 0.6 });
}

/** Words that make a company the state's own ("state-owned", "sovereign"). */
const STATE_OWNED = new Set(["state", "state-owned", "state-run", "sovereign", "government", "government-owned", "national", "public"]);

/** Words of a state's own bodies: these belong to the country rather than being located in it. */
const STATE_WORDS = new Set(["ministry", "army", "navy", "police", "government", "parliament", "forces", "force", "embassy", "council", "court", "commission", "department", "office", "cabinet", "assembly", "senate", "guard", "military", "agency", "authority", "bureau", "directorate", "service", "presidency", "guards", "fund", "superintendency", "regulator"]);

/** A body of a state: named with a state word or a unit noun ("Naval Command"), or with a country or demonym ("Kenya Airways" stays a company). */
function stateBody(e: Emitter, name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  return words.some((w) => STATE_WORDS.has(w) || e.lex.unitNouns.has(w) || e.lex.demonyms.has(w));
}

/**
 * "Acme's headquarters in Lyon", "the Acme headquarters in Lyon", "X visited Y from its headquarters at Z":
 * the organisation owning the seat is in the place after "in" or "at".
 */
function seat(e: Emitter, v: SentenceView, i: number): void {
  const prep = tok(v, i + 1) ? norm(tok(v, i + 1)!) : "";
  if (prep !== "in" && prep !== "at") return;
  let j = i + 2;
  while (tok(v, j) && DETS.has(norm(tok(v, j)!))) j++;
  const place = mentionAt(v, j) >= 0 ? v.ms[mentionAt(v, j)]! : undefined;
  if (!place || place.type !== "Place" || v.groups[place.group]!.length !== 1) return;
  const org = owner(v, i);
  if (org) emit(e, { relation: REL, head: org.entityId, tail: place.entityId, sentence: v.index, trigger: `headquarters ${prep}`, confidence: 0.65 });
}

/** The organisation owning the seat noun at i: "Acme's", "Acme" right before it, or "its" for the latest organisation before. */
function owner(v: SentenceView, i: number): LocalMention | undefined {
  let b = i - 1;
  while (b >= v.tokStart && /^['’]s?$/.test(tok(v, b)!.text)) b--;
  const at = b >= v.tokStart ? mentionAt(v, b) : -1;
  if (at >= 0) return v.ms[at]!.type === "Organization" ? v.ms[at] : undefined;
  if (b < v.tokStart || norm(tok(v, b)!) !== "its") return undefined;
  for (let k = b - 1; k >= v.tokStart; k--) {
    const x = mentionAt(v, k) >= 0 ? v.ms[mentionAt(v, k)]! : undefined;
    if (x?.type === "Organization") return x;
  }
  return undefined;
}
