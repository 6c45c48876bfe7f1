// Bodies named with their parent: "Acme's Zeta Bureau", "the Crime Bureau (CB) of the State Police", "the Zeta unit of Acme" -> PART_OF.
import { isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { DETS, norm } from "./words.js";

const REL = "PART_OF";
/** Last words of a body's name that make "<Body> of <Org>" a part of the organisation (beside the schema's unit nouns). */
const BODY_WORDS = new Set(["bureau", "branch", "wing", "cell", "squad", "committee", "office", "group", "centre", "center", "agency", "service", "section", "team", "unit", "department", "directorate", "division", "force"]);
/** Lower-case words allowed between a possessive parent and its body ("Acme's elite Zeta Force"). */
const MAX_ADJECTIVES = 2;

/** Applies the part-of patterns of organisation names to the sentence. */
export function applyOrgParts(e: Emitter, v: SentenceView): void {
  for (const m of v.ms) {
    if (m.type !== "Organization") continue;
    if (m.possessive) ownedBody(e, v, m);
    else bodyOf(e, v, m);
  }
}

const at = (v: SentenceView, i: number): LocalMention | undefined => (mentionAt(v, i) >= 0 ? v.ms[mentionAt(v, i)] : undefined);
const lastWord = (v: SentenceView, m: LocalMention): string => norm(tok(v, m.tokEnd - 1)!);

/**
 * "the World Bank's International Development Association", "Acme's elite Zeta Force": a named organisation
 * right after an organisation's possessive is its part. ("Acme's Zeta stake": a name that only modifies a noun is not.)
 */
function ownedBody(e: Emitter, v: SentenceView, owner: LocalMention): void {
  let i = owner.tokEnd;
  while (tok(v, i) && /^['’]s?$/.test(tok(v, i)!.text)) i++;
  for (let n = 0; n < MAX_ADJECTIVES && tok(v, i) && mentionAt(v, i) < 0 && /^\p{Ll}+$/u.test(tok(v, i)!.text) && !DETS.has(norm(tok(v, i)!)); n++) i++;
  const body = at(v, i);
  if (!body || body.type !== "Organization" || body.entityId === owner.entityId || body.possessive || !/^\p{Lu}/u.test(tok(v, body.tokStart)!.text)) return;
  if (v.groups[body.group]!.length > 1 && v.groups[body.group]![0] !== v.ms.indexOf(body)) return;
  const after = tok(v, body.tokEnd);
  if (after && /^\p{Ll}/u.test(after.text) && after.tags.includes("Noun") && !after.tags.includes("Verb") && !e.lex.unitNouns.has(norm(after))) return;
  emit(e, { relation: REL, head: body.entityId, tail: owner.entityId, sentence: v.index, trigger: "'s", confidence: 0.6 });
}

/**
 * "the Crime Bureau (CB) of the State Police", "the Zeta unit of the State Police": a body named by a body word,
 * or followed by a lower-case one, then "of" and an organisation, is its part.
 */
function bodyOf(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokEnd;
  // "(CB)": the acronym in brackets belongs to the name.
  if (tok(v, i)?.text === "(" && tok(v, i + 2)?.text === ")" && /^\p{Lu}/u.test(tok(v, i + 1)?.text ?? "")) i += 3;
  let named = BODY_WORDS.has(lastWord(v, m)) || e.lex.unitNouns.has(lastWord(v, m));
  const w = tok(v, i) ? norm(tok(v, i)!) : "";
  if (!named && /^\p{Ll}/u.test(tok(v, i)?.text ?? "") && (BODY_WORDS.has(w) || e.lex.unitNouns.has(w))) {
    named = true;
    i++;
  }
  if (!named || norm(tok(v, i) ?? tok(v, m.tokStart)!) !== "of" || isComma(tok(v, i))) return;
  let j = i + 1;
  while (tok(v, j) && norm(tok(v, j)!) === "the") j++;
  const parent = at(v, j);
  if (!parent || parent.type !== "Organization" || parent.entityId === m.entityId || parent.possessive) return;
  emit(e, { relation: REL, head: m.entityId, tail: parent.entityId, sentence: v.index, trigger: "of", confidence: 0.6 });
}
