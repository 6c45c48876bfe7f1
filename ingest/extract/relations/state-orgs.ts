// State organisations named by a role's org noun ("army"): found in the document or made from "Kenya's Army Chief".
import type { ExtractedEntity } from "../../../graph/types.js";
import { tok } from "./arguments.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { norm } from "./words.js";

export const nameOf = (v: SentenceView, id: string): string | undefined => v.doc.entities.find((x) => x.id === id)?.name;

/**
 * Creates (once per document) the organisation a possessive role names: "Kenya’s Army Chief" ->
 * Organization "Kenya Army" with the mention "Kenya’s Army". Returns its id.
 */
export function stateOrganisationFromRole(e: Emitter, v: SentenceView, owner: LocalMention, noun: string[], before: number): string | undefined {
  const country = nameOf(v, owner.entityId);
  if (!country || owner.type !== "Place") return undefined;
  for (let i = owner.tokEnd; i < before; i++) {
    if (!noun.every((w, k) => { const t = tok(v, i + k); return !!t && norm(t) === w; })) continue;
    const last = tok(v, i + noun.length - 1)!;
    const name = `${country} ${noun.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ")}`;
    const id = `Organization:${name.toLowerCase()}`;
    const text = v.doc.source.text.slice(owner.start, last.end);
    const known = v.doc.entities.find((x) => x.id === id) ?? e.created.get(id);
    if (known) return known.id;
    const mention = { doc: v.doc.source.info.id, start: owner.start, end: last.end, text };
    e.created.set(id, { id, name, entityType: "Organization", aliases: [text], mentions: [mention], confidence: 0.6 });
    e.types.set(id, "Organization");
    return id;
  }
  return undefined;
}

/** The document's organisation named by a role's org noun ("army"), tied to the country when known. */
export function stateOrganisation(entities: ExtractedEntity[], noun: string, country: string | undefined, e: Emitter): ExtractedEntity | undefined {
  const orgs = entities.filter((x) => x.entityType === "Organization" && [x.name, ...x.aliases].some((a) => new RegExp(`\\b${noun}\\b`, "i").test(a)));
  // Without a country the role's army could be anyone's ("Army Chief X" next to a rebel "Liberation Army"):
  // only the one state organisation of the document, named with a country or demonym ("Kenya Army"), is taken.
  if (!country) {
    const state = orgs.filter((x) => x.name.toLowerCase().split(/[\s-]+/).some((w) => e.lex.countries.has(w) || e.lex.demonyms.has(w)));
    return state.length === 1 ? state[0] : undefined;
  }
  const demonym = [...e.lex.demonyms].filter(([, c]) => c === country).map(([d]) => d);
  const forms = [country.toLowerCase(), ...demonym];
  return orgs.find((x) => [x.name, ...x.aliases].some((a) => forms.some((f) => a.toLowerCase().includes(f))));
}
