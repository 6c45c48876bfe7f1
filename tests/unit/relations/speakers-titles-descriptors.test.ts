// Pronoun subjects after "X said", "and <Title> Y" list members, describing words in appositive roles and objects.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("speakers, titled list members and describing words", () => {
  it("reads 'X said it had asked Y' with X as the subject", () => {
    expect(rels("The [Organization:Fair Trade Office] said it had asked [Organization:Norvia Telecom] in March to cut prices.")).toEqual([
      "Fair Trade Office -REQUESTED-> Norvia Telecom",
    ]);
  });
  it("does not give 'he' to an organisation", () => {
    expect(rels("The [Organization:Fair Trade Office] said he had asked [Organization:Norvia Telecom] to cut prices.")).toEqual([]);
  });
  it("keeps 'A and Sheikh B' one coordinated subject", () => {
    expect(rels("[Person:Omar Said] and Sheikh [Person:Khalid Nasser] also met in private.")).toEqual(["Khalid Nasser -MET_WITH-> Omar Said"]);
  });
  it("reads describing words before an appositive role", () => {
    expect(rels("[Organization:Velo Freight], the rail subsidiary of state transport group [Organization:Transnord], posted a loss.")).toEqual([
      "Velo Freight -PART_OF-> Transnord",
    ]);
    expect(rels("[Organization:Astra Marine], the group's Chilean subsidiary, posted a loss.")).toEqual([]);
  });
});

describe("trigger words inside names", () => {
  it("ignores a trigger word that is part of a name", () => {
    expect(rels("The [Organization:Audit Board] will audit [Organization:Harbor Lines], the [Organization:Finance Ministry] said.")).toEqual([
      "Audit Board -AUDITS-> Harbor Lines",
    ]);
  });
});

describe("lower-case roles before a titled name", () => {
  it("reads 'met Country's interim president Colonel X' with X as the object", () => {
    expect(rels("[Person:Ana Ruiz] met [Place:Chad]'s interim president General [Person:Idriss Deby] in [Place:Paris].")).toContain("Ana Ruiz -MET_WITH-> Idriss Deby");
  });
});
