// Objects named in apposition after a description or a title: "met the district police officer of X, Y", "met Z's envoy, General Y".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("objects in apposition", () => {
  it("reads the person after 'the <description> of <Place>,'", () => {
    expect(rels("[Person:Tahir Aziz] visited the camp and met the district police officer of [Place:Kurram], [Person:Saleem Wazir], on Monday.")).toContain(
      "Saleem Wazir -MET_WITH-> Tahir Aziz",
    );
  });
  it("reads the person after a title in apposition", () => {
    expect(rels("[Person:Daniel Mucavele] met [Person:Paul Kagame]'s envoy, General [Person:James Kabare], in [Place:Pemba].")).toContain("Daniel Mucavele -MET_WITH-> James Kabare");
  });
  it("does not take the speaker of a following verb", () => {
    expect(rels("[Person:Tahir Aziz] met the district police officer of [Place:Kurram], [Person:Saleem Wazir] said.")).toEqual([]);
  });
});

describe("relative clauses after a name and its head noun", () => {
  it("reads 'the X railway, which was built by Y' with X as the object", () => {
    expect(rels("Auditors began an audit of the [Project:Ibadan Loop] railway, which was built by [Organization:Coastline Construction] in 2021.")).toContain(
      "Coastline Construction -WORKS_ON-> Ibadan Loop",
    );
  });
  it("reads 'financed the <Demonym> deployment' as funding that country", () => {
    expect(rels("[Place:Rwanda] sent troops. The [Organization:European Union] financed the Rwandan deployment with 40 million euros.")).toContain("European Union -FUNDS-> Rwanda");
  });
});
