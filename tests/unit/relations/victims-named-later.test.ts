// Victims and suspects named in a sentence after the event: "Among the dead was X", "One of them was identified as X".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("victims and suspects named after the event", () => {
  it("gives 'Among the dead was X' the agent of the previous killing", () => {
    expect(rels("The [Organization:Frontier Rangers] killed five militants near [Place:Zhob] on Monday. Among the dead was [Person:Gul Rahim], a local commander.")).toEqual([
      "Frontier Rangers -KILLED-> Gul Rahim",
      "Frontier Rangers -KILLED-> militants",
    ]);
  });
  it("reads 'One of them was later identified as X' after an arrest", () => {
    expect(rels("The [Organization:Federal Police] arrested three suspects in [Place:Sokoto]. They were taken to a court. One of them was later identified as [Person:Musa Danjuma].")).toEqual([
      "Federal Police -ARRESTED-> Musa Danjuma",
      "Federal Police -ARRESTED-> suspects",
    ]);
  });
  it("reads 'The dead included X'", () => {
    expect(rels("Gunmen from the [Organization:Red Hand Front] killed nine villagers. The dead included [Person:Rosa Mwale].")).toContain("Red Hand Front -KILLED-> Rosa Mwale");
  });
  it("links nothing when no killing or arrest precedes", () => {
    expect(rels("The [Organization:Health Ministry] hired ten doctors. Among them was [Person:Lina Park].")).toEqual([]);
    expect(rels("The [Organization:Federal Police] killed two gunmen. The court met on Friday. The judges spoke. The report was read. Among the dead was [Person:Ivo Tam].")).toEqual([
      "Federal Police -KILLED-> gunmen",
    ]);
  });
});

describe("a person identified in the next sentence", () => {
  it("reads 'He was later identified as X' after an arrest of someone unnamed", () => {
    expect(rels("A suspect was arrested by the [Organization:Excise Police] in [Place:Multan] on Friday. He was later identified as [Person:Rafiq Butt], a resident of [Place:Okara].")).toContain(
      "Excise Police -ARRESTED-> Rafiq Butt",
    );
    expect(rels("The [Organization:Excise Police] arrested a suspect at a checkpoint. The man was identified as [Person:Rafiq Butt].")).toEqual(["Excise Police -ARRESTED-> Rafiq Butt"]);
  });
  it("links nothing when the identified person is named before 'identified'", () => {
    expect(rels("The [Organization:Excise Police] arrested a suspect. [Person:Omar Dar] identified [Person:Rafiq Butt] as the driver.")).toEqual([]);
  });
});
