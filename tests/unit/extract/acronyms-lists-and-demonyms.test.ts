// Undefined acronyms with multi-letter parts, comma lists inside ministry names, and extra demonyms.
import { describe, expect, it } from "vitest";
import { entitiesOf, typesOf } from "./helpers.js";

describe("acronyms and name lists", () => {
  it("links an acronym never given in parentheses to a company name using word prefixes", () => {
    const x = entitiesOf("Hokuriku Gas Company Holdings raised prices in May. Analysts said HOGACO would lose customers.");
    const org = x.entities.find((e) => e.name === "Hokuriku Gas Company Holdings")!;
    expect(org.aliases).toContain("HOGACO");
    expect(x.entities).toHaveLength(1);
  });

  it("keeps a ministry name with a comma list in one piece", () => {
    const t = typesOf("The Ministry of Land, Transport and Tourism approved the plan on Monday.");
    expect(t).toEqual({ "Ministry of Land, Transport and Tourism": "Organization" });
  });
});

describe("demonyms", () => {
  it("does not turn a demonym the country data lacks into an entity", () => {
    const t = typesOf("Uzbek President Anvar Kholmatov met the press.");
    expect(t).toEqual({ "Anvar Kholmatov": "Person" });
  });
});

describe("sentence-initial names vouched for by an acronym", () => {
  it("keeps a common first word when the following acronym spells the whole name", () => {
    expect(typesOf("Rivers Without Walls (RWW) said the dam would flood 12 villages.")).toMatchObject({ "Rivers Without Walls": "Organization" });
  });
});

describe("coordinated names after a sentence-initial 'The'", () => {
  it("joins 'The X and Y Head' into one name", () => {
    expect(typesOf("The Nordic Union Peace and Security Council will meet in Oslo.")).toMatchObject({ "Nordic Union Peace and Security Council": "Organization" });
    expect(typesOf("The Silk and Spice Initiative was discussed.")).toMatchObject({ "Silk and Spice Initiative": "Project" });
  });
});
