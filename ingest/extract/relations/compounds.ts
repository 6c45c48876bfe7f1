// Hyphenated agent compounds: "the JICA-funded project", "a Saudi-led coalition", "Chinese-built plant".
import { mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { SentenceView } from "./types.js";
import { DETS, norm } from "./words.js";

const COMPOUND = /^(\p{Lu}[\p{L}\p{N}.&]*)-(\p{Ll}+)$/u;

/**
 * "<Name>-<participle> <entity>": the name is the agent of the participle's verb trigger and the
 * entity right after (up to two describing words between) its object. The name must be an entity of
 * the document (its name or an alias) or a demonym of a country the document names.
 */
export function applyCompounds(e: Emitter, v: SentenceView): void {
  for (let i = v.tokStart; i < v.tokEnd - 1; i++) {
    const m = COMPOUND.exec(v.doc.tokens[i]!.text);
    if (!m || m[2] === "based") continue;
    const trigs = e.lex.triggers.get(m[2]!)?.filter((t) => t.kind === "verb" && e.lex.participles.has(m[2]!) && !t.via.length);
    if (!trigs?.length) continue;
    const head = agentOf(e, v, m[1]!);
    if (!head) continue;
    let j = i + 1;
    while (j < v.tokEnd && j < i + 3 && mentionAt(v, j) < 0 && /^\p{Ll}/u.test(tok(v, j)!.text) && !DETS.has(norm(tok(v, j)!))) j++;
    const mi = mentionAt(v, j);
    if (mi < 0 || v.ms[mi]!.possessive) continue;
    for (const t of trigs)
      emit(e, { relation: t.relation, head, tail: v.ms[mi]!.entityId, sentence: v.index, trigger: v.doc.tokens[i]!.text, confidence: t.confidence * 0.85 });
  }
}

/** The entity a compound's first part names: a name or alias of the document, or a demonym's country. */
function agentOf(e: Emitter, v: SentenceView, name: string): string | undefined {
  const named = v.doc.entities.find((x) => x.entityType !== "Place" && (x.name === name || x.aliases.includes(name)));
  if (named) return named.id;
  const country = e.lex.demonyms.get(name.toLowerCase()) ?? (e.lex.countries.has(name.toLowerCase()) ? name : undefined);
  return country ? v.doc.entities.find((x) => x.entityType === "Place" && x.name.toLowerCase() === country.toLowerCase())?.id : undefined;
}
