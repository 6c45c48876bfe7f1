// Heads of provinces, districts and towns lead them (LEADS to a Place); heads of countries and verbs do not.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("heads of local places", () => {
  it("reads a governor, chief minister or mayor of a province or town as its leader", () => {
    expect(rels("The [Place:Gedo] regional governor, [Person:Ali Gariye], appealed for aid.")).toEqual(["Ali Gariye -LEADS-> Gedo"]);
    expect(rels("[Place:Punjab] Chief Minister [Person:Sara Malik] condemned the attack.")).toEqual(["Sara Malik -LEADS-> Punjab"]);
    expect(rels("The mayor of [Place:Tarsus], [Person:Ihsan Cel], said the road was hit.")).toEqual(["Ihsan Cel -LEADS-> Tarsus"]);
  });
  it("keeps a country's office holder a member, and gives no place to a verb", () => {
    expect(rels("[Place:Kenya]'s central bank governor [Person:Ali Noor] spoke.")).toEqual(["Ali Noor -MEMBER_OF-> Kenya"]);
    expect(rels("[Person:Sara Malik] led [Place:Punjab] in the talks.")).toEqual([]);
  });
});
