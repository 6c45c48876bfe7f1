// Resolves the organisation or place a role is held in ("Interior Minister X" -> the interior ministry) and emits it.
import { mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { ROLE_CONF } from "./role-words.js";
import { nameOf, stateOrganisation, stateOrganisationFromRole } from "./state-orgs.js";
import type { LocalMention, RoleEntry, SentenceView } from "./types.js";
import { isCapitalised, norm } from "./words.js";

/** Resolves the organisation the role is held in and emits the edge. */
export function attach(e: Emitter, v: SentenceView, m: LocalMention, role: RoleEntry, target: LocalMention | undefined, owner: LocalMention | undefined, at: number, roleStart: number, nounBefore?: string[]): void {
  const trigger = role.words.join(" ");
  const edge = (tail: string, relation: string, confidence: number) =>
    emit(e, { relation, head: m.entityId, tail, sentence: v.index, trigger, confidence });
  // "Hamas's leader X", "X, the group's spokesman": an organisation as owner is the target.
  if (!target && owner && owner.type !== "Place") [target, owner] = [owner, undefined];
  if (target && target.type !== "Place") return edge(target.entityId, role.relation, ROLE_CONF);
  // "Interior Minister X" in a document naming the "Interior Ministry": X leads it.
  const ministry = ministryOf(v, role, roleStart);
  if (ministry) return edge(ministry, "LEADS", 0.7);
  const orgNoun = e.lex.orgNouns.find((o) => o.every((w) => role.words.includes(w))) ?? nounBefore;
  const place = owner ?? (target?.type === "Place" ? target : undefined) ?? demonymOwner(e, v, at);
  if (orgNoun) {
    const org = stateOrganisation(v.doc.entities, orgNoun.join(" "), place ? nameOf(v, place.entityId) : undefined, e);
    if (org) return edge(org.id, role.relation, ROLE_CONF);
    // "Kenya's Army Chief X" with no army named elsewhere: the phrase names the organisation itself.
    const made = owner && orgNoun !== nounBefore ? stateOrganisationFromRole(e, v, owner, orgNoun, at) : undefined;
    if (made) return edge(made, role.relation, 0.7);
  }
  // ("the district police officer of Y" with no "Y Police" named: the force, not the place, is what the post is in.)
  if (!place || orgNoun?.includes("police")) return;
  // "Gedo regional governor X", "Punjab Chief Minister X": the head of a province, district or city leads it.
  const local = PLACE_HEADS.has(trigger) && !e.lex.countries.has((nameOf(v, place.entityId) ?? "").toLowerCase());
  // ("Kenya's Energy Minister X", "the U.S. envoy X": a post below the head of a state is in its government, not in the place.)
  if (!local && role.relation !== "LEADS") return;
  edge(place.entityId, local ? "LEADS" : "MEMBER_OF", local ? 0.6 : 0.5);
}

/** Posts whose holder leads a sub-national place (a country's president stays a member of it). */
export const PLACE_HEADS = new Set(["governor", "chief minister", "mayor", "administrator"]);

const VARIANTS: Record<string, string[]> = { defence: ["defence", "defense"], defense: ["defence", "defense"] };

/** The document's ministry named by a minister's portfolio ("Defence Minister" -> "the defence ministry"). */
function ministryOf(v: SentenceView, role: RoleEntry, roleStart: number): string | undefined {
  if (role.words[role.words.length - 1] !== "minister" || roleStart < 0) return undefined;
  const before = tok(v, roleStart - 1);
  const portfolio = role.words.length > 1 ? role.words[0]! : before && isCapitalised(before) && mentionAt(v, roleStart - 1) < 0 ? norm(before) : undefined;
  if (!portfolio || portfolio === "prime" || portfolio === "deputy") return undefined;
  const forms = VARIANTS[portfolio] ?? [portfolio];
  const found = v.doc.entities.find((x) => x.entityType === "Organization" && [x.name, ...x.aliases].some((a) => {
    const ws = a.toLowerCase().split(/[\s,]+/);
    // ("Transport Minister" and the "Ministry of Transportation".)
    return ws.includes("ministry") && forms.some((f) => ws.some((w) => w === f || (f.length >= 5 && w.startsWith(f))));
  }));
  return found?.id;
}

/** A demonym just before the role phrase ("the Kenyan army chief"): the country's mention, if any. */
function demonymOwner(e: Emitter, v: SentenceView, at: number): LocalMention | undefined {
  for (let i = at - 1; i >= v.tokStart && i >= at - 6; i--) {
    const country = e.lex.demonyms.get(norm(tok(v, i)!));
    if (country) return v.ms.find((x) => x.type === "Place" && nameOf(v, x.entityId) === country);
  }
  return undefined;
}
