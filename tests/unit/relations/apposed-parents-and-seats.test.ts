// Parents and seats said by appositions: one of the X's brigades, a militia affiliated with Y, "A, a unit under B, is based in C".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("parents in appositions", () => {
  it("reads 'X, one of the Y's three brigades'", () => {
    expect(rels("He led the [Organization:7th Brigade], one of the [Organization:Fifth Division]'s three brigades.")).toContain("7th Brigade -PART_OF-> Fifth Division");
  });
  it("reads 'X, a militia affiliated with Y'", () => {
    expect(rels("The [Organization:Hill Guards], a militia affiliated with the [Organization:Unity Front], fled.")).toEqual(["Hill Guards -PART_OF-> Unity Front"]);
  });
  it("does not read a person's affiliation as a unit", () => {
    expect(rels("[Person:Jo Lee], a lawyer affiliated with the [Organization:Unity Front], fled.")).toEqual([]);
  });
});

describe("seats said after an apposition", () => {
  it("places the sentence's subject, not the organisation inside the apposition", () => {
    expect(rels("The [Organization:Border Force], a unit under the [Organization:Interior Ministry], is headquartered in [Place:Rivas].")).toEqual(["Border Force -LOCATED_IN-> Rivas", "Border Force -PART_OF-> Interior Ministry"]);
  });
});

describe("posts named by an organisation", () => {
  it("reads 'Acme named X as chief executive' and 'Its spokesman X' after 'The banned Y'", () => {
    expect(rels("[Organization:Tana Copper] on Monday named [Person:Ana Ruiz] as chief executive.")).toEqual(["Ana Ruiz -LEADS-> Tana Copper"]);
    expect(rels("The banned [Organization:Red Front] claimed the attack. Its spokesman Mufti [Person:Ali Noor] said so.")).toEqual(["Ali Noor -MEMBER_OF-> Red Front"]);
  });
});

describe("parents said with a copula", () => {
  it("reads 'The committee is part of the Senate' and 'X is a subsidiary of Y'", () => {
    expect(rels("[Person:Ada Obi] chairs the [Organization:Senate Committee on Ports]. The committee is part of the [Organization:Senate of Ruritania].")).toContain("Senate Committee on Ports -PART_OF-> Senate of Ruritania");
    expect(rels("[Organization:Zeta Rail] is a subsidiary of [Organization:Zeta Group].")).toEqual(["Zeta Rail -PART_OF-> Zeta Group"]);
  });
  it("reads the sentence's subject past an apposition", () => {
    expect(rels("The [Organization:20th Division], based in [Place:Tal Afar], is part of the [Organization:Iraqi Army].")).toContain("20th Division -PART_OF-> Iraqi Army");
  });
  it("does not read a person as a part", () => {
    expect(rels("[Person:Ada Obi] is part of the [Organization:Senate of Ruritania].")).toEqual([]);
  });
});

describe("units named with no owner in the phrase", () => {
  it("gives 'a new subsidiary, X' to the article's main organisation and 'its arm, X' to the nearest", () => {
    expect(rels("[Organization:Tana Power] cut jobs. [Organization:Tana Power] also moved assets into a new subsidiary, [Organization:Tana Grid], on Monday.")).toContain("Tana Grid -PART_OF-> Tana Power");
    expect(rels("[Organization:Vela Bank] said its lending arm, [Organization:Vela Credit], grew.")).toEqual(["Vela Credit -PART_OF-> Vela Bank"]);
  });
});

describe("command taken of an owner's unit", () => {
  it("reads 'took command of the Y Army's 17th Division'", () => {
    expect(rels("General [Person:Ali Noor] took command of the [Organization:Zeta Army]'s [Organization:17th Division] on Tuesday.")).toContain("Ali Noor -LEADS-> 17th Division");
  });
});

describe("plural parts and second predicates", () => {
  it("reads 'X, raised in 1894, are one of the oldest wings of Y and are headquartered at Z'", () => {
    const out = rels("The [Organization:Hill Scouts], raised in 1894, are one of the oldest wings of the [Organization:Border Corps] and are headquartered at [Place:Doda].");
    expect(out).toContain("Hill Scouts -PART_OF-> Border Corps");
    expect(out).toContain("Hill Scouts -LOCATED_IN-> Doda");
  });
});
