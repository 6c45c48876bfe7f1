// Event and project verbs: "taken into custody by", "runs/operates the X programme", relative clauses on appositions, when-clause agents.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("custody", () => {
  it("reads 'were taken into custody by X' and 'X took Y into custody' as arrests", () => {
    expect(rels("Two others, [Person:Jamal Idris] and [Person:Noor Alam], were taken into custody by the [Organization:Border Police] a day later.")).toEqual(
      expect.arrayContaining(["Border Police -ARRESTED-> Jamal Idris", "Border Police -ARRESTED-> Noor Alam"]),
    );
    expect(rels("The [Organization:Border Police] took [Person:Jamal Idris] into custody.")).toEqual(["Border Police -ARRESTED-> Jamal Idris"]);
  });
  it("does not read other passives of 'take' as arrests", () => {
    expect(rels("[Person:Jamal Idris] was taken to hospital by the [Organization:Red Crescent].")).toEqual([]);
  });
});

describe("operators of projects", () => {
  it("reads 'runs' and 'is operated by' with a project object", () => {
    expect(rels("The [Organization:Health Centre] runs the [Project:Measles Drive] in the province.")).toContain("Health Centre -WORKS_ON-> Measles Drive");
    expect(rels("The [Project:North Solar Park] will be operated by [Organization:Volta Power].")).toContain("Volta Power -WORKS_ON-> North Solar Park");
  });
  it("never reads 'runs' with an organisation object as work on a project", () => {
    expect(rels("[Person:Ana Ruiz] runs the [Organization:Andes Trust].")).toEqual([]);
  });
});

describe("relative clauses on appositions", () => {
  it("gives 'X (ACR), the state-owned company that is building Y' the subject X", () => {
    expect(rels("Both worked for the [Organization:Eastern Bridge Corporation] ([Organization:EBC]), the Chinese state-owned company that is building the [Project:Coast Highway].")).toContain(
      "Eastern Bridge Corporation -WORKS_ON-> Coast Highway",
    );
  });
});

describe("agents of when-clauses and gerunds after prepositions", () => {
  it("takes 'X fighters' in a when-clause as the agent of an earlier passive killing", () => {
    expect(rels("Six people were killed when suspected [Organization:Sahel Front] fighters ambushed a convoy. Among the dead was [Person:Musa Kone].")).toContain(
      "Sahel Front -KILLED-> Musa Kone",
    );
  });
  it("guesses no funding object for 'on suspicion of financing the cell'", () => {
    expect(rels("The [Organization:Rural Fund] paid for a school. Police arrested [Person:Omar Salim] in [Place:Tanga] on suspicion of financing the cell.")).not.toContain(
      "Omar Salim -FUNDS-> Rural Fund",
    );
  });
});
