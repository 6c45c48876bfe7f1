// Units named with their parent (PART_OF) and ministers of a named ministry (LEADS).
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("units", () => {
  it("reads an organisation's unit", () => {
    expect(rels("Soldiers of the [Organization:Kenya Army]'s [Organization:Fifth Brigade] crossed the river.")).toEqual(["Fifth Brigade -PART_OF-> Kenya Army"]);
  });
  it("reads 'the X mission, Y' as Y part of X", () => {
    expect(rels("Police serving with the [Organization:African Union] mission, [Organization:AMISOM], were hurt.")).toEqual(["AMISOM -PART_OF-> African Union"]);
  });
  it("does not read a named place's organisation as a unit", () => {
    expect(rels("The [Place:Chile]'s [Organization:Naval Command] said nothing.")).toEqual([]);
  });
  it("does not make a member of the parent from 'serving with the X mission'", () => {
    expect(rels("[Person:Jan Novak] is serving with the [Organization:European Union] mission in the north.")).toEqual([]);
  });
});

describe("ministers", () => {
  it("links a minister to the ministry of that portfolio named in the document", () => {
    expect(rels("[Organization:Peru's defence ministry] said so. Later, Defence Minister [Person:Rosa Vidal] flew home.")).toEqual([
      "Rosa Vidal -LEADS-> Peru's defence ministry",
    ]);
    expect(rels("The [Organization:Ministry of Health and Welfare] agreed. Health Minister [Person:Jan Berg] spoke.")).toEqual(["Jan Berg -LEADS-> Ministry of Health and Welfare"]);
  });
  it("gives no membership of the country when no such ministry is named (a minister is in its government, not in the place)", () => {
    expect(rels("[Place:Peru]'s Defence Minister [Person:Rosa Vidal] flew home.")).toEqual([]);
  });
});
