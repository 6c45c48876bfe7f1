// Unknown names typed by their context: organisation cues, project nouns, operations, initials and particle pairs.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("organisations without a cue word in the name", () => {
  it("reads appositions, possessive corporate roles and title chains", () => {
    const t = typesOf("Varnholt, the regional grid operator, and Kestrava, its Swedish partner, signed a deal. Varnholt chief executive Oda Lindmark said costs rose.");
    expect(t).toMatchObject({ Varnholt: "Organization", Kestrava: "Organization", "Oda Lindmark": "Person" });
  });

  it("reads shares of X, X's chief executive and an NGO apposition", () => {
    expect(typesOf("Shares of Dellomar fell 4 percent on Monday.")).toMatchObject({ Dellomar: "Organization" });
    expect(typesOf("Analysts said Quintera's chief executive would resign.")).toMatchObject({ Quintera: "Organization" });
    expect(typesOf("Terravida, a Quito-based NGO, filed a complaint.")).toMatchObject({ Terravida: "Organization" });
  });

  it("keeps a person whose apposition names a post in an organisation", () => {
    expect(typesOf("The plan was drafted by Tomas Ekdal, the head of the agency, last year.")).toMatchObject({ "Tomas Ekdal": "Person" });
  });
});

describe("projects", () => {
  it("types names before a project noun as projects, not persons or places", () => {
    const t = typesOf("Farmers marched against the Cerro Alto hydroelectric dam, and the Upper Volta Delta pipeline was shut.");
    expect(t).toMatchObject({ "Cerro Alto hydroelectric dam": "Project", "Upper Volta Delta pipeline": "Project" }); // named with the noun phrase; the bare name is an alias
  });

  it("types Operation X and a mission apposition as projects", () => {
    expect(typesOf("Troops began Operation Iron Lantern on Monday.")).toMatchObject({ "Operation Iron Lantern": "Project" });
    expect(typesOf("Navies joined a new patrol mission, Northern Watch, in May.")).toMatchObject({ "Northern Watch": "Project" });
  });
});

describe("person names with initials and particle pairs", () => {
  it("keeps middle initials, leading initials and two-word particles in one name", () => {
    const t = typesOf("Judge Amara T. Okafor heard the case with R.K. Menon-Pillai and Lucia de la Vega. Okafor adjourned it.");
    expect(t).toMatchObject({ "Amara T. Okafor": "Person", "R.K. Menon-Pillai": "Person", "Lucia de la Vega": "Person" });
    expect(Object.keys(t)).not.toContain("Okafor");
  });
});
