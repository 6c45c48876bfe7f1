// Event nouns ("attacks on X by Y", "Y's attack on X", "investments in X") carry relations too.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("nominalisations", () => {
  it("reads 'attacks on X by Y'", () => {
    expect(rels("Repeated attacks on [Group:Malian soldiers] by [Group:jihadist fighters] were reported.")).toEqual(["jihadist fighters -ATTACKED-> Malian soldiers"]);
  });
  it("reads a possessive attacker", () => {
    expect(rels("The [Group:Tuareg rebels]’ attacks on [Group:Malian soldiers] were discussed.")).toEqual(["Tuareg rebels -ATTACKED-> Malian soldiers"]);
  });
  it("gives nothing for an attack without an attacker", () => {
    expect(rels("The attack on [Group:Malian soldiers] near [Place:Gao] killed nine.")).toEqual([]);
  });
  it("reads a light verb's subject as the agent ('X made investments in Y')", () => {
    expect(rels("[Place:Germany] has made large investments in the [Project:Baltic Link] project.")).toEqual(["Germany -FUNDS-> Baltic Link"]);
  });
  it("reads a demonym as the funder when the projects rely on its funds", () => {
    const out = rels("[Place:Norway] is a partner. The projects, among them the [Project:Arctic Rail], rely on Norwegian funds.");
    expect(out).toEqual(["Norway -FUNDS-> Arctic Rail"]);
  });
  it("pairs the members of 'talks between A and B'", () => {
    expect(rels("The talks between [Place:India] and [Place:Nepal] stalled.")).toEqual(["India -MET_WITH-> Nepal"]);
  });
});

describe("late agents", () => {
  it("reads 'attacks on X in the Y by Z'", () => {
    expect(rels("The council condemned attacks on [Organization:Maersk Line] in the [Place:Gulf of Aden] by [Group:Somali pirates].")).toEqual([
      "Somali pirates -ATTACKED-> Maersk Line",
    ]);
  });
  it("does not read an agent across a verb", () => {
    expect(rels("Attacks on [Organization:Maersk Line] in [Place:Aden] were condemned by [Organization:NATO].")).toEqual([]);
  });
});
