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
});
