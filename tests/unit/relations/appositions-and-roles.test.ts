// Appositions, role titles and who-clauses link people to the organisations they lead or belong to.
import { describe, expect, it } from "vitest";
import type { ExtractedEntity } from "../../../graph/types.js";
import { extractRelations, relationsStage } from "../../../ingest/extract/relations/index.js";
import { defaultSchema } from "../../../ingest/schema.js";
import { buildDoc } from "./build-doc.js";
import { rels } from "./helpers.js";

describe("appositions and role titles", () => {
  it("reads ', Deputy Director of X,' as membership", () => {
    expect(rels("[Person:Maria Silva], Deputy Director of the [Organization:National Energy Agency], said the plan was sound.")).toEqual([
      "Maria Silva -MEMBER_OF-> National Energy Agency",
    ]);
  });
  it("reads ', the head of X,' as leadership and keeps the person as the subject of the main verb", () => {
    expect(rels("[Person:Omar Haddad], the head of [Organization:Blue Crescent], met [Person:Lena Park] in [Place:Geneva].")).toEqual([
      "Lena Park -MET_WITH-> Omar Haddad",
      "Omar Haddad -LEADS-> Blue Crescent",
    ]);
  });
  it("reads 'Country's Army Chief' as leading that country's army", () => {
    expect(rels("[Person:Rafael Costa], [Place:Chile]'s Army Chief, spoke. Rebels fought the [Organization:Chilean army=Chilean Army].")).toContain("Rafael Costa -LEADS-> Chilean Army");
  });
  it("reads a title run before the name ('Agency Director Jane Doe')", () => {
    expect(rels("[Organization:NCA] Director [Person:Helen Cole] spoke to reporters.")).toEqual(["Helen Cole -LEADS-> NCA"]);
  });
  it("does not make a country's minister a member of the place (analysts mark the ministry, not the country)", () => {
    expect(rels("[Place:Chile]'s Finance Minister [Person:Luis Vera] resigned.")).toEqual([]);
  });
  it("reads 'X, a unit of Y' as part-of", () => {
    expect(rels("The [Organization:Red Brigade], the armed wing of the [Organization:Unity Movement], claimed the blast.")).toEqual(["Red Brigade -PART_OF-> Unity Movement"]);
  });
});

describe("who-clauses", () => {
  it("finds the subject of the relative clause and of the main clause", () => {
    expect(rels("[Person:Omar Haddad], who heads [Organization:Blue Crescent], met [Person:Lena Park].")).toEqual([
      "Lena Park -MET_WITH-> Omar Haddad",
      "Omar Haddad -LEADS-> Blue Crescent",
    ]);
  });
  it("skips a preposition's object inside the relative clause", () => {
    expect(rels("[Group:Tuareg rebels] who stand against the [Organization:Malian army] often target the [Project:Sahel Railway].")).toEqual([
      "Tuareg rebels -ATTACKED-> Sahel Railway",
      "Tuareg rebels -OPPOSES-> Malian army",
    ]);
  });
});

describe("relative pronouns as subjects", () => {
  it("takes the antecedent of ', which is financed by'", () => {
    expect(rels("Officials talked about the [Project:Arctic Rail], which is financed by the [Organization:Nordic Bank].")).toEqual(["Nordic Bank -FUNDS-> Arctic Rail"]);
  });
  it("reads the owner in an unnamed passive subject ('the accounts of X were audited by')", () => {
    expect(rels("The accounts of the [Project:Arctic Rail] were audited by the [Organization:Norway Audit Office] and the [Organization:Rail Agency].").length).toBe(2);
  });
});

describe("organisations as owners of roles", () => {
  it("reads 'Org's leader X' and 'X, Org's spokesman,'", () => {
    expect(rels("The [Organization:Unity Movement]'s leader [Person:Ismail Hadi] spoke.")).toEqual(["Ismail Hadi -LEADS-> Unity Movement"]);
    expect(rels("[Person:Abu Salem], the [Organization:Unity Movement]'s spokesman, said.")).toEqual(["Abu Salem -MEMBER_OF-> Unity Movement"]);
  });
  it("reads ', a member of Y,' next to a passive", () => {
    expect(rels("[Person:Ahmed Noor], a member of [Organization:Lashkar Front], was captured by [Organization:Delta Police].")).toEqual([
      "Ahmed Noor -MEMBER_OF-> Lashkar Front",
      "Delta Police -ARRESTED-> Ahmed Noor",
    ]);
  });
});

describe("qualified roles", () => {
  it("reads 'X, Country's interim president'", () => {
    expect(rels("[Person:Assim Goma], [Place:Mali]'s interim president, spoke.")).toEqual(["Assim Goma -MEMBER_OF-> Mali"]);
  });
});

describe("membership and parts without titles", () => {
  it("reads 'Person of the Organisation'", () => {
    expect(rels("Senator [Person:Ann Ford] of the [Organization:Labour Party] objected.")).toEqual(["Ann Ford -MEMBER_OF-> Labour Party"]);
  });
  it("reads 'X, part of Y,'", () => {
    expect(rels("The [Organization:Red Brigade], part of the [Organization:Unity Movement], denied it.")).toEqual(["Red Brigade -PART_OF-> Unity Movement"]);
  });
  it("lets states and organisations lead organisations", () => {
    expect(rels("The [Organization:Gulf Coalition] is led by [Place:Oman].")).toEqual(["Oman -LEADS-> Gulf Coalition"]);
  });
});

describe("organisations named by a role", () => {
  it("creates '<Country> Army' from \"Country's Army Chief\" when no army is named, with a mention that slices the text", () => {
    const doc = buildDoc("General [Person:Asim Noor], [Place:Chile]’s Army Chief, spoke.");
    const created: ExtractedEntity[] = [];
    const relations = extractRelations(doc, { schema: defaultSchema() }, created);
    expect(created.map((x) => x.name)).toEqual(["Chile Army"]);
    const m = created[0]!.mentions[0]!;
    expect(doc.source.text.slice(m.start, m.end)).toBe("Chile’s Army");
    expect(relations.map((r) => r.relation)).toEqual(["LEADS"]);
  });
  it("adds the entity and its mention through the stage", () => {
    const doc = buildDoc("General [Person:Asim Noor], [Place:Chile]’s Army Chief, spoke.");
    const out = relationsStage.run(doc, { schema: defaultSchema() });
    expect(out.entities.map((x) => x.name)).toContain("Chile Army");
    expect(out.mentions.some((x) => x.text === "Chile’s Army" && x.entityType === "Organization")).toBe(true);
  });
});

describe("roles of 'its'", () => {
  it("reads 'Its chief executive, X,' as leading the organisation the previous sentence opened with", () => {
    expect(rels("[Organization:Norvia Telecom] cut prices in [Place:Chile]. Its chief executive, [Person:Ana Ruiz], defended the plan.")).toEqual([
      "Ana Ruiz -LEADS-> Norvia Telecom",
    ]);
  });
  it("does not guess when the previous sentence opens with something else", () => {
    expect(rels("Prices fell after [Organization:Norvia Telecom] cut them. Its chief executive, [Person:Ana Ruiz], defended the plan.")).toEqual([]);
  });
});
