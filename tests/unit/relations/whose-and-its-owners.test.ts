// "Acme, whose president X", "Acme, and its owner, X", "Peru's Acme said its secretary, X": the organisation a pronoun stands for.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("posts owned through whose and its", () => {
  it("reads 'whose <role> X' as a post in the organisation before it", () => {
    expect(rels("The [Organization:Press Workers Union] (PWU), whose president [Person:Ali Saeed] staged a protest, welcomed the verdict.")).toContain("Ali Saeed -LEADS-> Press Workers Union");
  });
  it("reads ', and its owner, X' after the organisation", () => {
    expect(rels("A freight firm, [Organization:Kestrel Cargo], and its owner, [Person:Mert Oz], were sanctioned.")).toContain("Mert Oz -LEADS-> Kestrel Cargo");
  });
  it("reads 'its' after a country's possessive opening the sentence", () => {
    expect(rels("[Place:Chile]'s [Organization:Water Authority] said its chairman, [Person:Ana Soto], would resign.")).toContain("Ana Soto -LEADS-> Water Authority");
  });
  it("passes a definite description between the opening organisation and its", () => {
    expect(rels("The [Organization:Delta Works Board] agreed to co-fund the road with [Organization:the ministry], and its Managing Director, [Person:Sam Ode], inspected it.")).toEqual(["Sam Ode -LEADS-> Delta Works Board"]);
  });
  it("takes the role next to the name over a modifier further left", () => {
    expect(rels("[Organization:NDFA] chief political consultant [Person:Jose Lacro] said the units acted alone.")).toEqual(["Jose Lacro -MEMBER_OF-> NDFA"]);
    expect(rels("[Organization:Kestrel Cargo] Chief Executive Officer [Person:Mert Oz] signed.")).toEqual(["Mert Oz -LEADS-> Kestrel Cargo"]);
  });
});
