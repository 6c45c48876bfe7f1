// "<Org>, a <description> led by <title> X": the leader of an organisation, and of a team sent by one.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("led by after a description", () => {
  it("reads the leader after a lower-case description and a title", () => {
    expect(rels("[Organization:Sava Front], a rebel alliance led by former army officer [Person:Dario Mendez], holds the valley.")).toContain("Dario Mendez -LEADS-> Sava Front");
    expect(rels("The [Organization:United Fronts] of armed movements led by Governor [Person:Idris Kanu] hold the city.")).toContain("Idris Kanu -LEADS-> United Fronts");
    expect(rels("The [Organization:Orla Trust], chaired by [Person:Mira Sandoval], said it would appeal.")).toContain("Mira Sandoval -LEADS-> Orla Trust");
  });
  it("makes the leader of a team of an organisation one of its members", () => {
    expect(rels("A team of the [Organization:Food Safety Bureau], led by its deputy director Dr [Person:Ravi Menon], arrived on Monday.")).toEqual(["Ravi Menon -MEMBER_OF-> Food Safety Bureau"]);
  });
  it("reads the person after a title taken for an organisation", () => {
    expect(rels("The [Organization:Audit Department], headed by [Organization:Auditor General] [Person:Lena Ortiz], flagged the contract.")).toContain("Lena Ortiz -LEADS-> Audit Department");
  });
  it("does not cross a verb or a second clause", () => {
    expect(rels("[Organization:Kilo Group] attacked the town, and fighters led by [Person:Omar Sy] fled.")).not.toContain("Omar Sy -LEADS-> Kilo Group");
    expect(rels("[Organization:Tarn Bank] said the talks led by [Person:Ivo Rus] failed.")).not.toContain("Ivo Rus -LEADS-> Tarn Bank");
  });
});
