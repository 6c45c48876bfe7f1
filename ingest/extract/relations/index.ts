// Relation extraction stage: trigger frames, role titles, place patterns and meeting sides, per sentence.
import type { EntityType, ExtractedEntity, ExtractedRelation } from "../../../graph/types.js";
import type { AnnotatedDoc, MentionSpan, Stage, StageContext } from "../types.js";
import type { Emitter } from "./emit.js";
import { definiteMentions, headIndex } from "./definites.js";
import type { HeadIndex } from "./definites.js";
import { applyAftermath } from "./aftermath.js";
import { applyCompounds } from "./compounds.js";
import { compileLexicon } from "./lexicon.js";
import { applyLedBy } from "./led-by.js";
import { applyLocated, applyNamedPlaces } from "./located.js";
import { applySides } from "./meeting.js";
import { applyNoun } from "./noun-frame.js";
import { applyOrgParts } from "./org-parts.js";
import { applyOrgPlaces } from "./org-places.js";
import { applySeats } from "./seats.js";
import { applyPosts } from "./posts.js";
import { applyRoles } from "./roles.js";
import { sentenceView } from "./sentence-view.js";
import { applySubUnits } from "./sub-units.js";
import { applyUnits } from "./units.js";
import { applyVerb } from "./verb-frame.js";
import { norm } from "./words.js";

/**
 * Finds relations between the entities of each sentence. Work is done only in sentences with at
 * least one resolved mention, and trigger frames only where a trigger word occurs.
 * @example relationsStage.run(doc, { schema }).relations
 */
export const relationsStage: Stage = {
  name: "relations",
  requires: ["tokens", "sentences", "mentions", "entities"],
  provides: ["relations", "entities", "mentions"],
  run: (doc, ctx) => {
    const created: ExtractedEntity[] = [];
    const relations = extractRelations(doc, ctx, created);
    if (!created.length) return { ...doc, relations: [...doc.relations, ...relations] };
    const mentions = created.map((x): MentionSpan => {
      const m = x.mentions[0]!;
      const sentence = doc.sentences.findIndex((s) => s.start <= m.start && m.end <= s.end);
      return { start: m.start, end: m.end, text: m.text ?? "", entityType: x.entityType, sentence, entityId: x.id, source: "relations:role", confidence: x.confidence };
    });
    return { ...doc, entities: [...doc.entities, ...created], mentions: [...doc.mentions, ...mentions], relations: [...doc.relations, ...relations] };
  },
};

/**
 * The relations of one annotated document, in text order. Entities a rule had to name itself
 * ("Kenya Army" from "Kenya's Army Chief") are pushed to `created`.
 */
export function extractRelations(doc: AnnotatedDoc, ctx: StageContext, created: ExtractedEntity[] = []): ExtractedRelation[] {
  const lex = compileLexicon(ctx.schema);
  const types = new Map<string, EntityType>(doc.entities.map((x) => [x.id, x.entityType]));
  const e: Emitter = { lex, types, out: new Map(), created: new Map() };
  const bySentence = new Map<number, MentionSpan[]>();
  for (const m of doc.mentions)
    if (m.entityId && m.sentence >= 0 && m.sentence < doc.sentences.length) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  // Sentences naming nothing may still refer back ("The JICA-funded project is ...").
  if (bySentence.size) for (let i = 0; i < doc.sentences.length; i++) if (!bySentence.has(i)) bySentence.set(i, []);
  let heads: HeadIndex | undefined;
  for (const [index, found] of bySentence) {
    heads ??= headIndex(doc);
    const definites = definiteMentions(doc, lex, index, heads, found);
    if (!found.length && !definites.length) continue;
    const mentions = [...found, ...definites];
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const v = sentenceView(doc, lex, index, mentions, types);
    if (!v.ms.length) continue;
    applyRoles(e, v);
    applyLocated(e, v);
    applyUnits(e, v);
    applyOrgParts(e, v);
    applyPosts(e, v);
    applyOrgPlaces(e, v);
    applySeats(e, v);
    applyLedBy(e, v);
    applyCompounds(e, v);
    applyAftermath(e, v);
    let meeting = false;
    let pronoun: boolean | undefined;
    for (let i = v.tokStart; i < v.tokEnd; i++) {
      const trigs = lex.triggers.get(norm(doc.tokens[i]!));
      // A trigger word inside a name ("Dutch finance ministry") is part of the name.
      if (!trigs || v.mentionAt[i - v.tokStart]! >= 0) continue;
      for (const t of trigs) {
        if (t.relation === "MET_WITH") meeting = true;
        // One mention is enough for nouns (a demonym can name the other side) and for implicit objects.
        const rel = lex.relations.get(t.relation);
        if (v.ms.length < 2 && t.kind === "verb" && !t.implicitObject && !rel?.implicitTail && !rel?.groupTail && !(pronoun ??= hasPronoun(doc, v.tokStart, v.tokEnd))) continue;
        // "with financing from X": the noun reading wins when its agent preposition follows.
        const next = i + 1 < v.tokEnd ? norm(doc.tokens[i + 1]!) : "";
        if (t.kind === "verb" && trigs.some((n) => n.kind === "noun" && n.agentPreps.includes(next))) continue;
        if (t.kind === "verb" && !afterDeterminer(doc, i, v.tokStart)) applyVerb(e, v, i, t);
        else if (t.kind === "verb") continue;
        else applyNoun(e, v, i, t);
      }
    }
    applySubUnits(e, v);
    if (v.ms.length > 1) applySides(e, v, meeting);
  }
  applyNamedPlaces(e, { ...doc });
  created.push(...[...e.created.values()].sort((a, b) => cmp(a.id, b.id)));
  return [...e.out.values()]
    .sort((a, b) => a.sentence - b.sentence || cmp(a.relation, b.relation) || cmp(a.head, b.head) || cmp(a.tail, b.tail))
    .map((c) => {
      const s = doc.sentences[c.sentence]!;
      const evidence = { doc: doc.source.info.id, start: s.start, end: s.end, text: doc.source.text.slice(s.start, s.end), trigger: c.trigger };
      return { relation: c.relation, head: c.head, tail: c.tail, evidence, confidence: c.confidence };
    });
}


/** Code-unit order: deterministic and much cheaper than localeCompare. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const PRONOUNS = new Set(["he", "she", "it"]);

/** A he/she/it in the token range: a subject that may stand for an entity of an earlier sentence. */
function hasPronoun(doc: AnnotatedDoc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PRONOUNS.has(norm(doc.tokens[i]!))) return true;
  return false;
}

const NOUN_MARKERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "'s"]);

const QUANTIFIERS = new Set(["all", "some", "many", "several", "other", "most", "two", "three", "four", "five"]);

/**
 * "the attacks", "its meeting": a determiner before the word makes it a noun. "all detained party
 * members": a quantifier before a participle and a lower-case noun makes it an adjective.
 */
function afterDeterminer(doc: AnnotatedDoc, i: number, first: number): boolean {
  if (i <= first) return false;
  const before = norm(doc.tokens[i - 1]!);
  if (NOUN_MARKERS.has(before)) return true;
  const next = doc.tokens[i + 1];
  return QUANTIFIERS.has(before) && /ed$/.test(norm(doc.tokens[i]!)) && !!next && /^\p{Ll}/u.test(next.text) && !PREP_WORDS.has(norm(next)) && !NOUN_MARKERS.has(norm(next));
}

const PREP_WORDS = new Set(["by", "in", "on", "at", "for", "from", "with", "to", "into", "after", "during", "and", "or", "as", "when", "while", "over", "near"]);
