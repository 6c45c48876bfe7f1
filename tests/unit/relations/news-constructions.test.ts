// Wider news constructions: lower-case roles after an organisation, subsidiaries, unnamed objects, appositive conjuncts.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("lower-case roles after an organisation", () => {
  it("reads 'ORG managing director X' as LEADS", () => {
    expect(rels("[Organization:IMF] managing director [Person:Jane Roe] arrived on Monday.")).toEqual(["Jane Roe -LEADS-> IMF"]);
    expect(rels("[Organization:Acme] chief executive [Person:John Doe] resigned.")).toEqual(["John Doe -LEADS-> Acme"]);
  });
  it("reads 'the ORG's spokesperson X' as MEMBER_OF", () => {
    expect(rels("The [Organization:Water Agency]'s spokesperson [Person:Ana Lopez] declined to comment.")).toEqual(["Ana Lopez -MEMBER_OF-> Water Agency"]);
  });
});

describe("subsidiaries", () => {
  it("reads 'X (ACR), a subsidiary of Y' as PART_OF", () => {
    expect(rels("[Organization:Northern Rail Services] (NRS), a subsidiary of [Organization:Transit Holdings], won the bid.")).toEqual(["Northern Rail Services -PART_OF-> Transit Holdings"]);
  });
  it("reads 'X, a unit of Y' and 'X, a division of Y' as PART_OF", () => {
    expect(rels("[Organization:Blue Freight], a unit of [Organization:Orion Group], said profits fell.")).toEqual(["Blue Freight -PART_OF-> Orion Group"]);
    expect(rels("[Organization:Delta Labs], a division of [Organization:Vega Corp], hired staff.")).toEqual(["Delta Labs -PART_OF-> Vega Corp"]);
  });
});

describe("founders", () => {
  it("reads 'X, a co-founder of Y' and 'X, who founded Y' as ESTABLISHED", () => {
    expect(rels("[Person:Mark Ellis], a co-founder of [Organization:Brightpath], left the board.")).toEqual(["Mark Ellis -ESTABLISHED-> Brightpath"]);
    expect(rels("[Person:Mark Ellis], who founded [Organization:Brightpath] in 2004, left the board.")).toEqual(["Mark Ellis -ESTABLISHED-> Brightpath"]);
  });
});

describe("conjuncts carrying appositions", () => {
  it("skips each conjunct's apposition", () => {
    expect(rels("[Organization:Gridco], the national grid operator, and [Organization:Voltara], its foreign partner, signed an agreement on Friday.")).toEqual([
      "Gridco -SIGNED-> Voltara",
    ]);
  });
});

describe("meetings with a title before the person", () => {
  it("meets the person, not the organisation of the title", () => {
    expect(rels("[Person:Ali Musa] met [Organization:IMF] managing director [Person:Jane Roe] in [Place:Lusaka].")).toContain("Ali Musa -MET_WITH-> Jane Roe");
    expect(rels("[Person:Ali Musa] met [Organization:IMF] managing director [Person:Jane Roe] in [Place:Lusaka].")).not.toContain("Ali Musa -MET_WITH-> IMF");
  });
});

describe("unnamed objects", () => {
  it("funds the salient project when the object is unnamed", () => {
    expect(rels("The [Project:Coastal Rail Link] is behind schedule. The [Organization:World Bank] had agreed to finance a new signalling system.")).toEqual([
      "World Bank -FUNDS-> Coastal Rail Link",
    ]);
  });
  it("reads arrests and killings of members of a named group", () => {
    expect(rels("Soldiers of the [Organization:Mali Army] killed 19 suspected members of the [Group:Red Hand] gang.")).toContain("Mali Army -KILLED-> Red Hand");
    expect(rels("The [Organization:Federal Police] arrested three members of [Group:Black Tide] on Sunday.")).toEqual(["Federal Police -ARRESTED-> Black Tide"]);
  });
  it("names an unnamed counted object as a group instead of guessing a named entity", () => {
    expect(rels("The [Organization:Federal Police] arrested 26 people in [Place:Tamale].")).toEqual(["Federal Police -ARRESTED-> 26 people"]);
  });
});

describe("more founders and named members of unnamed objects", () => {
  it("reads 'who co-founded Y'", () => {
    expect(rels("[Person:Mark Ellis], who co-founded [Organization:Brightpath] in 2004, left.")).toEqual(["Mark Ellis -ESTABLISHED-> Brightpath"]);
  });
  it("reads 'arrested 26 people, including X'", () => {
    expect(rels("The [Organization:Federal Police] arrested 26 people, including [Person:Sam Oduya].")).toEqual(["Federal Police -ARRESTED-> Sam Oduya"]);
  });
});

describe("precision of the guesses", () => {
  it("does not guess a place as what is funded", () => {
    expect(rels("Talks in [Place:Oslo] ended. The [Organization:World Bank] will fund a new school.")).toEqual([]);
  });
  it("keeps a named object over a guess", () => {
    expect(rels("The [Project:Coastal Rail Link] is late. The [Organization:World Bank] will fund [Project:Nile Dam] and a new road.")).toEqual(["World Bank -FUNDS-> Nile Dam"]);
  });
  it("does not guess who was arrested when nobody is named", () => {
    expect(rels("The army had arrested 26 people in [Place:Tamale], [Organization:Amnesty] said.")).toEqual([]);
  });
  it("keeps passive coordination with an apposition", () => {
    expect(rels("[Person:Ann Lee], a lawyer, and [Person:Bo Chan] were arrested by [Organization:Federal Police].")).toEqual([
      "Federal Police -ARRESTED-> Ann Lee",
      "Federal Police -ARRESTED-> Bo Chan",
    ]);
  });
});

describe("pledges of money", () => {
  it("reads 'pledged $2bn to Y' as FUNDS", () => {
    expect(rels("[Organization:Orion Group] pledged $2bn to the [Project:Nile Dam].")).toEqual(["Orion Group -FUNDS-> Nile Dam"]);
    expect(rels("[Organization:Orion Group] pledged $2 billion to the [Project:Nile Dam].")).toEqual(["Orion Group -FUNDS-> Nile Dam"]);
  });
  it("guesses the salient project for 'pledged $2bn' alone", () => {
    expect(rels("The [Project:Nile Dam] is late. [Organization:Orion Group] pledged $2bn on Monday.")).toEqual(["Orion Group -FUNDS-> Nile Dam"]);
  });
  it("needs an amount", () => {
    expect(rels("The [Project:Nile Dam] is late. [Organization:Orion Group] pledged 500 troops.")).toEqual([]);
    expect(rels("[Organization:Orion Group] pledged support to [Place:Peru].")).toEqual([]);
  });
  it("reads a definite owner before a lower-case role", () => {
    expect(rels("[Organization:Water Agency] raised prices. The agency's spokesperson [Person:Ana Lopez] declined to comment.")).toEqual(["Ana Lopez -MEMBER_OF-> Water Agency"]);
  });
});

describe("organisations inside lower-case titles of list members", () => {
  it("pairs the titled people, not their organisations", () => {
    expect(rels("[Organization:Acme] chairman [Person:John Doe] and [Organization:Zeta] chief executive [Person:Ann Kay] signed the deal.")).toEqual([
      "Ann Kay -LEADS-> Zeta",
      "Ann Kay -SIGNED-> John Doe",
      "John Doe -LEADS-> Acme",
    ]);
    expect(rels("[Person:Ali Musa] met [Organization:IMF] managing director [Person:Jane Roe] and [Organization:Acme] chief executive [Person:John Doe].")).toEqual([
      "Ali Musa -MET_WITH-> Jane Roe",
      "Ali Musa -MET_WITH-> John Doe",
      "Jane Roe -LEADS-> IMF",
      "John Doe -LEADS-> Acme",
    ]);
  });
});
