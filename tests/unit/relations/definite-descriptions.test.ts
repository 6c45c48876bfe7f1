// "the programme", "the army", "group chairman X": definite descriptions stand for the entity named with that head noun.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("definite descriptions", () => {
  it("reads 'the programme' as the programme named before", () => {
    expect(rels("The [Organization:Audit Board] inspected the [Project:Harbour Renewal Programme]. The programme, funded by the [Organization:Baltic Bank], is late.")).toEqual([
      "Audit Board -AUDITS-> Harbour Renewal Programme",
      "Baltic Bank -FUNDS-> Harbour Renewal Programme",
    ]);
  });
  it("reads 'the commander of the army' with the army named before", () => {
    expect(rels("The [Organization:Peruvian army=Peru Army] moved north. General [Person:Raul Soto], the commander of the army, travelled to [Place:Cusco].")).toEqual([
      "Raul Soto -LEADS-> Peru Army",
      "Raul Soto -VISITED-> Cusco",
    ]);
  });
  it("reads a bare head noun before a role title", () => {
    expect(rels("Shares in [Organization:Meridian Group] rose. The son of group chairman [Person:Ravi Mehta] spoke.")).toEqual(["Ravi Mehta -LEADS-> Meridian Group"]);
  });
  it("does not resolve a noun the document never used in a name, nor 'the port of X'", () => {
    expect(rels("[Person:Ana Ruiz] visited the plant on Monday.")).toEqual([]);
    expect(rels("The [Place:Port of Lima] grew. [Person:Ana Ruiz] visited the port of [Place:Callao].")).toEqual(["Ana Ruiz -VISITED-> Callao"]);
  });
  it("reads 'the rebels' for the rebels named before", () => {
    expect(rels("The [Group:Kivu rebels] took the town. The well-armed rebels later fired rockets at [Place:Bunia].")).toEqual(["Kivu rebels -ATTACKED-> Bunia"]);
  });
});

describe("the state's army", () => {
  it("prefers the state's army to a rebel army for 'the army'", () => {
    expect(rels("The [Organization:Peruvian army=Peru Army] moved north. The [Organization:Popular Liberation Army] retreated. [Person:Raul Soto], the commander of the army, spoke.")).toEqual([
      "Raul Soto -LEADS-> Peru Army",
    ]);
  });
});

describe("capitalised compounds in a description", () => {
  it("reads 'the Sudan-backed rebels' for the rebels named before", () => {
    expect(rels("The [Group:Kivu rebels] took the town. The Sudan-backed rebels later fired rockets at [Place:Bunia].")).toEqual(["Kivu rebels -ATTACKED-> Bunia"]);
  });
});
