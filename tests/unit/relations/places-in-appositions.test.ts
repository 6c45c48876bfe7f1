// Places described by an apposition or a copula: "X, a town in Y district", "X is a village in Y".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("settlements placed by an apposition", () => {
  it("reads 'X, a town in Y province'", () => {
    expect(rels("The raid in [Place:Kolo], a town in [Place:Tana] province, killed two.")).toEqual(["Kolo -LOCATED_IN-> Tana"]);
    expect(rels("Families fled to [Place:Dara], a farming community in the [Place:Ulu] district.")).toEqual(["Dara -LOCATED_IN-> Ulu"]);
  });
  it("reads 'X is a village in Y'", () => {
    expect(rels("[Place:Kolo] is a small village in northern [Place:Tana], police said.")).toEqual(["Kolo -LOCATED_IN-> Tana"]);
  });
  it("does not place a list or a non-place noun", () => {
    expect(rels("[Place:Kolo], a man in [Place:Tana], said so.")).toEqual([]);
    expect(rels("[Place:Kolo], a town in [Place:Tana] and [Place:Ulu], was hit.")).toEqual([]);
  });
  it("reads 'X province in Y'", () => {
    expect(rels("They crossed from [Place:Kolo] province in [Place:Tana] in May.")).toEqual(["Kolo -LOCATED_IN-> Tana"]);
  });
});

describe("organisations based in a place", () => {
  it("reads 'X (ACR), a Y-based think tank' past the bracketed acronym", () => {
    expect(rels("said [Person:Ana Paz], a researcher at the [Organization:Centre for Peace Studies] ([Organization:CPS=Centre for Peace Studies]), a [Place:Oslo]-based think tank.")).toContain("Centre for Peace Studies -LOCATED_IN-> Oslo");
  });
});
