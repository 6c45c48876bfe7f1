// Contracts won, memoranda inked, deals for a purpose: SIGNED between the parties to the deal.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("contracts and deals", () => {
  it("reads 'X won a contract from Y' as SIGNED", () => {
    expect(rels("[Organization:Norsk Radar], which won a $90 million contract from the [Organization:Coast Guard] in 2019, is bidding again.")).toEqual([
      "Coast Guard -SIGNED-> Norsk Radar",
    ]);
  });
  it("reads 'X and Y inked a memorandum' as SIGNED", () => {
    expect(rels("[Organization:Delta Rail] and [Organization:Ferro Systems] inked a memorandum of understanding on locomotives.")).toEqual([
      "Delta Rail -SIGNED-> Ferro Systems",
    ]);
  });
  it("reads 'signed a deal for the supply of ... with Y' as SIGNED", () => {
    expect(rels("[Organization:Andes Air] signed a deal for the supply of 12 aircraft with [Organization:Falco Aerospace].")).toEqual([
      "Andes Air -SIGNED-> Falco Aerospace",
    ]);
  });
  it("does not read 'won the election' or 'awarded a medal to' as SIGNED (award is no trigger: its subject is often a headline place)", () => {
    expect(rels("[Organization:Unity Party] won the election, and the [Organization:Sports Council] awarded a medal to [Person:Ana Ruiz].")).toEqual([]);
  });
});
