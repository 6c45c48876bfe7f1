// LOCATED_IN from possessives, "province of", "City, Country", "X in Place" and "<City> University".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("places", () => {
  it("reads a place's place", () => {
    expect(rels("Fighting spread in [Place:Kenya]'s [Place:Turkana] county.")).toEqual(["Turkana -LOCATED_IN-> Kenya"]);
  });
  it("reads 'X province of Y'", () => {
    expect(rels("Troops moved into [Place:Sindh] province of [Place:Pakistan].")).toEqual(["Sindh -LOCATED_IN-> Pakistan"]);
  });
  it("reads 'City, Country'", () => {
    expect(rels("The office in [Place:Mombasa], [Place:Kenya], was closed.")).toEqual(["Mombasa -LOCATED_IN-> Kenya"]);
  });
  it("does not read a list of places as containment", () => {
    expect(rels("Talks were held in [Place:Oslo], [Place:Paris] and [Place:Rome].")).toEqual([]);
  });
  it("places a project named before 'in'", () => {
    expect(rels("Workers on the [Project:Arctic Rail] sites in [Place:Norway]'s [Place:Finnmark] region were evacuated.")).toEqual([
      "Arctic Rail -LOCATED_IN-> Finnmark",
      "Finnmark -LOCATED_IN-> Norway",
    ]);
  });
  it("does not place the argument of an event verb", () => {
    expect(rels("[Person:Jean Dupont] was arrested by the [Organization:Gendarmerie] in [Place:Lyon].")).toEqual(["Gendarmerie -ARRESTED-> Jean Dupont"]);
  });
  it("places '<City> University' in its city when the city is an entity", () => {
    expect(rels("A blast hit [Organization:Nairobi University]. Police in [Place:Nairobi] said.")).toEqual(["Nairobi University -LOCATED_IN-> Nairobi"]);
    expect(rels("A blast hit [Organization:Nairobi University].")).toEqual([]);
  });
});

describe("places within places", () => {
  it("reads 'City, the capital of Province'", () => {
    expect(rels("Troops reached [Place:Kandahar], the capital of [Place:Kandahar Province], on Friday.")).toEqual(["Kandahar -LOCATED_IN-> Kandahar Province"]);
  });
  it("reads 'City in southern Country'", () => {
    expect(rels("A blast hit a market in [Place:Basra] in southern [Place:Iraq].")).toEqual(["Basra -LOCATED_IN-> Iraq"]);
  });
  it("does not read 'in' before a list of places as containment", () => {
    expect(rels("Talks in [Place:Doha] in [Place:Qatar] and [Place:Oman] ended.")).toEqual([]);
  });
});

describe("precision: places as modifiers", () => {
  it("does not read \"Country's <Place> war\" as containment", () => {
    expect(rels("[Place:Ruritania]'s [Place:Elbonia] war has lasted two years.")).toEqual([]);
  });
});

describe("organisations named after countries", () => {
  it("does not place '<Country> Police' in the country by name alone", () => {
    expect(rels("The [Organization:Chile Police] said. [Place:Chile] agreed.")).toEqual([]);
  });
});
