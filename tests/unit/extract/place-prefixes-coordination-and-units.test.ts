// Place-name prefixes, "Port of X Authority", missions as organisations, coordination with an organisation, letter+number names, "The X" places.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

describe("typing by construction", () => {
  it("types 'Puerto X' / 'Lake X' as places and 'Port of X Authority' as an organisation", () => {
    const t = typesOf("Troops were sent to Puerto Lindero and Lake Varnok. The Port of Hallsund Authority objected.");
    expect(t).toMatchObject({ "Puerto Lindero": "Place", "Lake Varnok": "Place", "Port of Hallsund Authority": "Organization" });
  });

  it("types a named mission and a chamber as organisations", () => {
    const t = typesOf("The African Union Observer Mission met the Chamber of Senators.");
    expect(t).toMatchObject({ "African Union Observer Mission": "Organization", "Chamber of Senators": "Organization" });
  });

  it("types an unknown word coordinated with an organisation as an organisation", () => {
    const t = typesOf("The state lender Nordbank (NB) and Velkora agreed to build a depot.");
    expect(t).toMatchObject({ Nordbank: "Organization", Velkora: "Organization" });
  });

  it("keeps letter+number names and 'The' in place names", () => {
    const t = typesOf("Fighting with K44 rebels continued, officials in The Hague said.");
    expect(t).toMatchObject({ K44: "Organization", "The Hague": "Place" });
  });
});

describe("held-out constructions", () => {
  it("reads a place with a particle after a place prefix as a place, not a person", () => {
    expect(typesOf("Police in Santa Rosa de Lima arrested two men.")).toMatchObject({ "Santa Rosa de Lima": "Place" });
  });

  it("takes 'for ...' title tails into the role", () => {
    const x = typesOf("UN High Commissioner for Refugees Mara Olsen visited the camp.");
    expect(x).toMatchObject({ "Mara Olsen": "Person" });
  });

  it("reads an apposition ending a sentence", () => {
    expect(typesOf("The claim was made by Velkora, an environmental campaign group.")).toMatchObject({ Velkora: "Organization" });
  });
});

describe("short place forms", () => {
  it("links a bare short form to the one longer place of the document ending with it", () => {
    const x = entitiesOf("Troops from South Korea arrived on Monday. Our partnership with Korea is strong, the minister said.");
    const places = x.entities.filter((e) => e.entityType === "Place");
    expect(places.map((e) => e.name)).toEqual(["South Korea"]);
    expect(places[0]!.mentions).toHaveLength(2);
  });
});
