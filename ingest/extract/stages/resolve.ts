// Stage "resolve": within-document coreference (acronyms, surnames, roles) and the document's entities.
import type { Stage } from "../types.js";
import { resolveAcronyms } from "../resolve/acronyms.js";
import { linkPersons } from "../resolve/persons.js";
import { attachRoles } from "../resolve/roles.js";
import { buildEntities } from "../resolve/entities.js";
import { linkAppositiveBodies, linkGenericBodies, linkOrgPrefixes, linkOrgShortForms, linkShortPlaces, preferCuedType, typeByCoordination } from "../resolve/retype.js";
import { demonymCountry, lookupPlace } from "../../gazetteer/index.js";

/** True when a name contains a country or a demonym ("Spanish National Police"). */
const hasCountry = (name: string) => name.split(" ").some((w) => !!demonymCountry(w) || lookupPlace(w)?.kind === "country");
import { linkBareBodies, promoteRepeated, unifyByText } from "../resolve/discourse.js";
import { linkLegalForms, linkParenthesisNames, linkProjectNouns } from "../resolve/short-names.js";
import { splitJurisdictions } from "../resolve/jurisdictions.js";
import { dropLoneNestedPlaces } from "../resolve/nested-places.js";
import { typePlaceLists } from "../resolve/place-lists.js";

export const resolveStage: Stage = {
  name: "resolve",
  requires: ["tokens", "sentences", "mentions"],
  provides: ["mentions", "entities"],
  run(doc) {
    const roles = doc.roles ?? [];
    const { kept } = resolveAcronyms(doc.source.text, doc.tokens, doc.mentions, roles);
    const text = doc.source.text;
    const cued = preferCuedType(linkAppositiveBodies(text, linkGenericBodies(linkProjectNouns(linkLegalForms(linkParenthesisNames(text, splitJurisdictions(doc.tokens, dropLoneNestedPlaces(kept))))), hasCountry)));
    const typed = typePlaceLists(text, typeByCoordination(text, linkOrgPrefixes(linkShortPlaces(cued))));
    const withRoles = attachRoles(doc.tokens, linkBareBodies(promoteRepeated(unifyByText(linkPersons(linkOrgShortForms(typed))))), roles);
    const { entities, mentions } = buildEntities(doc.source.info.id, withRoles);
    return { ...doc, mentions, entities };
  },
};
