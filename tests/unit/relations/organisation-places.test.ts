// LOCATED_IN for organisations and places: -based, demonym firms, "X in Y", appositions with "in" and place words.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("organisations", () => {
  it("reads '<Place>-based' before a name and in an apposition", () => {
    expect(rels("[Organization:Wira Karya], a [Place:Medan]-based construction company, will build it, while [Place:Perth]-based [Organization:Kayu Energy] supplies gas.")).toEqual([
      "Kayu Energy -LOCATED_IN-> Perth",
      "Wira Karya -LOCATED_IN-> Medan",
    ]);
  });
  it("reads 'the Danish firm X' when the country is named in the document", () => {
    expect(rels("The deal joins [Organization:Vesta] and the Danish firm [Organization:Norsk Kran] to build cranes in [Place:Denmark].")).toContain("Norsk Kran -LOCATED_IN-> Denmark");
  });
  it("reads 'X, a think tank based in Y'", () => {
    expect(rels("[Organization:Delta Institute], a think tank based in [Place:Accra], said.")).toEqual(["Delta Institute -LOCATED_IN-> Accra"]);
  });
  it("reads a named organisation right before 'in' a city", () => {
    expect(rels("[Person:Rak] later served as deputy commander of the [Organization:Multinational Corps] in [Place:Gdansk].")).toEqual([
      "Multinational Corps -LOCATED_IN-> Gdansk",
      "Rak -MEMBER_OF-> Multinational Corps",
    ]);
  });
  it("does not place a state's forces or an event's target by 'in'", () => {
    expect(rels("Troops of the [Organization:Kenya Army] in [Place:Kismayo] waited.")).toEqual([]);
    expect(rels("Gunmen attacked the [Organization:Hotel Lux] in [Place:Herat].")).not.toContain("Hotel Lux -LOCATED_IN-> Herat");
    expect(rels("[Person:Ana Ruiz] met the [Organization:Nordic Bank] in [Place:Oslo].")).not.toContain("Nordic Bank -LOCATED_IN-> Oslo");
  });
});

describe("places", () => {
  it("reads ', in the Y sub-district of Z district'", () => {
    expect(rels("[Place:Ashpur], in the [Place:Savan] sub-district of [Place:Rampur] district, is home to factories.")).toEqual([
      "Ashpur -LOCATED_IN-> Savan",
      "Savan -LOCATED_IN-> Rampur",
    ]);
  });
  it("reads 'X, Y's largest city' and 'X, Y province,'", () => {
    expect(rels("The line will reach [Place:Sunda], [Place:West Nusa]'s largest city.")).toEqual(["Sunda -LOCATED_IN-> West Nusa"]);
    expect(rels("A raid in [Place:Merauke], [Place:Tabi] province, killed three.")).toEqual(["Merauke -LOCATED_IN-> Tabi"]);
  });
});

describe("definite descriptions", () => {
  it("does not place the organisation a definite '-based company' points back to", () => {
    expect(rels("The [Organization:Royal Navy] said the [Place:Oslo]-based company would send 60 engineers.")).toEqual([]);
  });
});
