// Posts before and after names: "its" for the organisation opening the sentence, rank notes, "<role> in <Place>, X", "a lawmaker from X".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("posts named around a person", () => {
  it("reads 'its' as the organisation the sentence opens with", () => {
    expect(rels("The [Organization:Coastal Works Board] agreed last year to fund the road, and its Managing Director, Dr [Person:Ines Vidal], inspected it.")).toContain("Ines Vidal -LEADS-> Coastal Works Board");
  });
  it("does not read 'its' when a second organisation stands before it", () => {
    expect(rels("The [Organization:Coastal Works Board] signed with [Organization:Tarn Bank], and its Managing Director, [Person:Ines Vidal], spoke.")).not.toContain("Ines Vidal -LEADS-> Coastal Works Board");
  });
  it("passes over a rank note in brackets", () => {
    expect(rels("[Organization:Delta Water Authority] Chairman Major General (retd) [Person:Karim Haddad] inspected the dam.")).toContain("Karim Haddad -LEADS-> Delta Water Authority");
  });
  it("reads '<Org>'s <role> in <Place>, X'", () => {
    expect(rels("[Organization:Aid Without Borders]'s head of mission in [Place:Peru], [Person:Lotte Brink], urged calm.")).toContain("Lotte Brink -MEMBER_OF-> Aid Without Borders");
  });
  it("reads 'a lawmaker from X' and a capitalised word describing the role", () => {
    expect(rels("[Person:Siti Rahma], a lawmaker from the [Organization:Green Unity Party], said the bill would pass.")).toContain("Siti Rahma -MEMBER_OF-> Green Unity Party");
    expect(rels("[Person:Jon Ekland], a senior Balkans analyst at the [Organization:Nordic Policy Forum], said.")).toContain("Jon Ekland -MEMBER_OF-> Nordic Policy Forum");
  });
  it("reads a coordinator and a country representative as posts", () => {
    expect(rels("[Person:Ama Owusu], the national coordinator of the [Organization:Civic Poll Watch], said.")).toContain("Ama Owusu -LEADS-> Civic Poll Watch");
    expect(rels("[Organization:Child Relief Fund] Country Representative [Person:Omar Sadiq] said.")).toContain("Omar Sadiq -MEMBER_OF-> Child Relief Fund");
  });
});
