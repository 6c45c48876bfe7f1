// "Acme's Zeta Bureau", "the Crime Bureau (CB) of the State Police", "the Zeta unit of Acme": a body is part of the organisation named with it.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("bodies named with their parent", () => {
  it("reads a named organisation after an organisation's possessive as its part", () => {
    expect(rels("Under the deal, the [Organization:Pacific Bank]'s [Organization:Rural Credit Fund] will lend $5 million.")).toContain("Rural Credit Fund -PART_OF-> Pacific Bank");
    expect(rels("He was a commander in [Organization:Kora Front]'s elite [Organization:Sabre Brigade], the army said.")).toContain("Sabre Brigade -PART_OF-> Kora Front");
  });
  it("does not read a name used as a modifier as a part", () => {
    expect(rels("[Organization:Tarn Energy]'s [Organization:Nordgas] stake was sold.")).not.toContain("Nordgas -PART_OF-> Tarn Energy");
  });
  it("reads '<Body> [(ACR)] of <Org>' and '<Name> unit of <Org>'", () => {
    expect(rels("The [Organization:Serious Crimes Bureau] (SCB) of the [Organization:Lagos State Police] made the arrests.")).toContain("Serious Crimes Bureau -PART_OF-> Lagos State Police");
    expect(rels("Troops backed by the [Organization:Falcon] unit of the [Organization:Coastal Police Force] ended the siege.")).toContain("Falcon -PART_OF-> Coastal Police Force");
  });
  it("does not read a place's organisation or a plain 'of' as a part", () => {
    expect(rels("The [Organization:Delta Institute] of [Place:Lagos] said.")).toEqual([]);
    expect(rels("The [Organization:Tarn Bank] of the [Organization:Nordic Group] said.")).not.toContain("Tarn Bank -PART_OF-> Nordic Group");
  });
});
