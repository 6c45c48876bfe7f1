// LOCATED_IN for sites and nested places: "shifted to the X Hospital in Y", "A and B in C", "in A's B", "A state's B", "neighbourhood of".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("sites", () => {
  it("places a hospital, court or jail named before 'in' whatever verb or preposition comes first", () => {
    expect(rels("The wounded were shifted to the [Organization:Allied Hospital] in [Place:Multan].")).toEqual(["Allied Hospital -LOCATED_IN-> Multan"]);
    expect(rels("Drones struck the [Organization:Saudi Maternity Hospital] in [Place:Nyala] on Saturday.")).toContain("Saudi Maternity Hospital -LOCATED_IN-> Nyala");
  });
  it("does not place a police force where it is deployed", () => {
    expect(rels("He met officers of the [Organization:Kenya Police] in [Place:Garissa].")).toEqual([]);
  });
});

describe("nested places", () => {
  it("places every member of a list of places before 'in'", () => {
    expect(rels("Conditions in [Place:Kadugli] and [Place:Dilling] in [Place:South Kordofan] are desperate.")).toEqual(
      expect.arrayContaining(["Kadugli -LOCATED_IN-> South Kordofan", "Dilling -LOCATED_IN-> South Kordofan"]),
    );
  });
  it("reads 'in A's [northern] B' as in B, and 'A's northern B' as B in A", () => {
    const out = rels("Fighters overran a base near the town of [Place:Bardera] in [Place:Somalia]'s [Place:Gedo] region.");
    expect(out).toEqual(expect.arrayContaining(["Bardera -LOCATED_IN-> Gedo", "Gedo -LOCATED_IN-> Somalia"]));
    expect(out).not.toContain("Bardera -LOCATED_IN-> Somalia");
    expect(rels("Rebels attacked [Place:Mocimboa] in [Place:Mozambique]'s northern [Place:Cabo Delgado] province.")).toEqual(
      expect.arrayContaining(["Cabo Delgado -LOCATED_IN-> Mozambique", "Mocimboa -LOCATED_IN-> Cabo Delgado"]),
    );
  });
  it("reads 'A state's B area' and 'the B neighbourhood of A'", () => {
    expect(rels("Gunmen raided [Place:Kwana] village in [Place:Zamfara] state's [Place:Maru] area.")).toEqual(
      expect.arrayContaining(["Maru -LOCATED_IN-> Zamfara", "Kwana -LOCATED_IN-> Maru"]),
    );
    expect(rels("Police raided a house in the [Place:Hay al-Salam] neighbourhood of [Place:Ramadi].")).toEqual(["Hay al-Salam -LOCATED_IN-> Ramadi"]);
  });
});
