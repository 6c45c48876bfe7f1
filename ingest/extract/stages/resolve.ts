// Stage "resolve": within-document coreference (acronyms, surnames, roles) and the document's entities.
import type { Stage } from "../types.js";
import { resolveAcronyms } from "../resolve/acronyms.js";
import { linkPersons } from "../resolve/persons.js";
import { attachRoles } from "../resolve/roles.js";
import { buildEntities } from "../resolve/entities.js";
import { linkOrgPrefixes, preferCuedType, typeByCoordination } from "../resolve/retype.js";
import { linkBareBodies, promoteRepeated, unifyByText } from "../resolve/discourse.js";

export const resolveStage: Stage = {
  name: "resolve",
  requires: ["tokens", "sentences", "mentions"],
  provides: ["mentions", "entities"],
  run(doc) {
    const roles = doc.roles ?? [];
    const { kept } = resolveAcronyms(doc.source.text, doc.tokens, doc.mentions, roles);
    const withRoles = attachRoles(doc.tokens, linkBareBodies(promoteRepeated(unifyByText(linkPersons(typeByCoordination(doc.source.text, linkOrgPrefixes(preferCuedType(kept))))))), roles);
    const { entities, mentions } = buildEntities(doc.source.info.id, withRoles);
    return { ...doc, mentions, entities };
  },
};
