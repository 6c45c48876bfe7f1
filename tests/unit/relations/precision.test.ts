// Sentences that must not give edges: reported speech, pronouns, unrelated prepositions, wrong types.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("precision", () => {
  it("does not take the speaker as the subject of a reported clause", () => {
    expect(rels("[Person:Joaquim Silva] said on Tuesday that soldiers had killed [Person:Faustino Neto].")).toEqual([]);
  });
  it("does not take a preposition's object as a subject", () => {
    expect(rels("Reports of attacks in [Place:Mali] prompted the [Organization:City Police] to act.")).toEqual([]);
  });
  it("does not take the object of an earlier verb as the subject of a later one", () => {
    expect(rels("A delegation visited [Place:Chile] and held talks with officials from the [Organization:Chilean Navy].")).toEqual([]);
  });
  it("respects the schema's argument types", () => {
    expect(rels("[Place:Chile] led the talks with [Place:Peru].")).toEqual([]);
  });
  it("ignores sentences without triggers", () => {
    expect(rels("[Person:Ana Lima] and [Person:Rui Costa] are both from [Place:Lisbon].")).toEqual([]);
  });
});

describe("precision: titles and participles", () => {
  it("does not carry a role title across a comma to an earlier place", () => {
    expect(rels("The fund pledged aid to [Place:Chile], Secretary of State [Person:Ann Ford] said.")).not.toContain("Ann Ford -MEMBER_OF-> Chile");
  });
  it("reads a participle after another verb as an adjective ('release detained nationals')", () => {
    expect(rels("[Person:Ann Ford] urged [Place:Peru] to release detained [Group:Chilean nationals].")).toEqual(["Ann Ford -REQUESTED-> Peru"]);
  });
});

describe("precision: roles without an owner", () => {
  it("does not give a bare 'Army Chief' to some other army in the text", () => {
    expect(rels("Army Chief General [Person:Tom Reyes] met officials. The [Organization:Delta Liberation Army] denied it.")).toEqual([]);
  });
  it("does not take the relative of a named person as that person", () => {
    expect(rels("Police arrested the son of [Person:Joaquin Ruiz] in [Place:Culiacan].")).toEqual([]);
  });
});
