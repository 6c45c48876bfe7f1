// Objects named in apposition ("the chief executive, X"), participles on unnamed nouns, and "found" as the past of "find".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("a person in apposition after a describing noun", () => {
  it("reads 'held talks with Acme's chief executive, X'", () => {
    expect(rels("[Person:Rana Dutt] held talks with [Organization:Velox]'s chief executive, [Person:Ola Berg], in [Place:Pune].")).toContain("Ola Berg -MET_WITH-> Rana Dutt");
  });
  it("reads 'signed the agreement with the Japanese ambassador, X'", () => {
    expect(rels("[Person:Rana Dutt] signed the agreement with the Japanese ambassador, [Person:Ken Mori], at a ceremony.")).toContain("Ken Mori -SIGNED-> Rana Dutt");
  });
  it("does not take the speaker of 'met the governor, X said' as the object", () => {
    expect(rels("[Person:Rana Dutt] met the governor, [Person:Ola Berg] said.")).toEqual([]);
  });
});

describe("a participle on an unnamed noun", () => {
  it("does not give the consortium's leader the clause subject ('a consortium led by X')", () => {
    expect(rels("The [Organization:Harbour Agency] will lend money for the line, which will be built by a consortium led by [Organization:Kito Corporation].")).toEqual([]);
  });
  it("gives the named owner of the noun ('an IMF mission led by X')", () => {
    expect(rels("An [Organization:IMF] mission led by [Person:Ravi Nair] arrived on Monday.")).toEqual(["Ravi Nair -LEADS-> IMF"]);
  });
});

describe("'found' as the past of 'find'", () => {
  it("does not read 'the board found irregularities in the accounts of X' as founding X", () => {
    expect(rels("The [Organization:State Audit Board] found irregularities in the accounts of [Organization:Rail Holdings].")).toEqual([]);
  });
  it("still reads 'founded'", () => {
    expect(rels("[Person:Ola Berg] founded [Organization:Velox] in 2004.")).toEqual(["Ola Berg -ESTABLISHED-> Velox"]);
  });
});
