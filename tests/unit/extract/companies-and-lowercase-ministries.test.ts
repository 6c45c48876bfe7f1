// Companies named by a descriptor or apposition, short forms of company names, cued types, and lower-case ministries.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

describe("companies", () => {
  it("types a name after a company noun, or with a company apposition, as an Organization", () => {
    const t = typesOf("Swedish truck maker Velbrand will open a plant with Norvex Dalton, the group's Polish subsidiary, in 2027.");
    expect(t).toMatchObject({ Velbrand: "Organization", "Norvex Dalton": "Organization" });
  });

  it("keeps 'X the Y' before a company apposition as one name", () => {
    expect(typesOf("The story was first told by Count the Cost, an independent news outlet, last year.")).toMatchObject({ "Count the Cost": "Organization" });
  });

  it("links a person-looking short form to the one company it begins", () => {
    const x = entitiesOf("The retail chain Peter Halvard Holdings bought the site. Peter Halvard owns 30 percent.");
    const org = x.entities.find((e) => e.name === "Peter Halvard Holdings")!;
    expect(org.entityType).toBe("Organization");
    expect(x.entities.filter((e) => e.entityType === "Person")).toHaveLength(0);
  });

  it("lets a cue word decide the type of a name guessed elsewhere", () => {
    const x = entitiesOf("Farmers along the Amu Tarsk river protested. The Amu Tarsk has been shrinking for years.");
    expect(x.entities.map((e) => [e.name, e.entityType])).toEqual([["Amu Tarsk", "Place"]]);
  });
});

describe("lower-case ministries", () => {
  it("reads country or demonym + word + ministry as an organisation, and keeps the country", () => {
    const t = typesOf("The North Korean trade ministry protested, and Norway's fisheries ministry and the Danish energy ministry replied.");
    expect(t).toMatchObject({
      "North Korean trade ministry": "Organization",
      "Norway's fisheries ministry": "Organization",
      "Danish energy ministry": "Organization",
      Norway: "Place",
    });
  });
});

describe("single-word organisation names", () => {
  it("types CamelCase words and names before 'office' or a gang noun as organisations", () => {
    const t = typesOf("Analysts said PetroNova lost money. The hacker gang Nightowl struck, the Velmont presidential office said.");
    expect(t).toMatchObject({ PetroNova: "Organization", Nightowl: "Organization", Velmont: "Organization" });
  });

  it("keeps Mc/De CamelCase surnames as persons", () => {
    expect(typesOf("Senator Alan McKenna spoke. McKenna left.")).toMatchObject({ "Alan McKenna": "Person" });
  });
});

describe("corporate words", () => {
  it("types a name with a corporate word as an organisation even when it ends in a project head", () => {
    expect(typesOf("The firm said Talvik Ports and Free Trade Zone (TPFTZ) bought a stake.")).toMatchObject({ "Talvik Ports and Free Trade Zone": "Organization" });
  });
});

describe("lower-case regulators", () => {
  it("reads demonym + two lower-case words + authority/regulator as one body, but not generic phrases", () => {
    const t = typesOf("The Finnish food safety authority and Norway's energy regulator agreed, but a Danish news agency did not.");
    expect(t).toMatchObject({ "Finnish food safety authority": "Organization", "Norway's energy regulator": "Organization" });
    expect(Object.keys(t).some((k) => k.includes("news"))).toBe(false);
  });
});

describe("company appositions with a participle", () => {
  it("reads 'X, the telecom operator part-owned by Y' as naming a company", () => {
    expect(typesOf("Kelnet, the telecom operator part-owned by the state, said service was restored.")).toMatchObject({ Kelnet: "Organization" });
  });
});
