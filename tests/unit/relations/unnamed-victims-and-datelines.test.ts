// Killings and arrests of unnamed counted people ("killing 12 soldiers") name a Group; a dateline is never a subject.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("unnamed counted victims", () => {
  it("reads a participial clause whose object is a count of people", () => {
    expect(rels("[Group:Forest Front fighters] stormed a camp in [Place:Kivu] on Monday, killing 12 soldiers.")).toContain("Forest Front fighters -KILLED-> soldiers");
  });
  it("reads 'arrested three suspects' and 'killed at least 30 rebels'", () => {
    expect(rels("The [Organization:Tana Police Service] arrested three suspects on Friday.")).toEqual(["Tana Police Service -ARRESTED-> suspects"]);
    expect(rels("The [Organization:Coast Regiment] said it killed at least 30 rebels near [Place:Lamu].")).toContain("Coast Regiment -KILLED-> rebels");
  });
  it("keeps the owner when the count is of members of a named organisation", () => {
    expect(rels("The [Organization:Northern Army] killed 14 suspected members of the [Organization:Salt Road Cartel] near [Place:Velas].")).toEqual([
      "Northern Army -KILLED-> Salt Road Cartel",
    ]);
  });
  it("makes no group from a phrase that is not about people", () => {
    expect(rels("The [Organization:Tana Police Service] arrested two trucks on the highway.")).toEqual([]);
    expect(rels("The [Organization:Tana Police Service] seized 40 rifles and arrested nobody.")).toEqual([]);
  });
  it("does not take an organisation that only modifies the object", () => {
    expect(rels("The [Organization:Tana Police Service] arrested a [Organization:Coast Daily] reporter.")).toEqual([]);
  });
});

describe("datelines", () => {
  it("never takes the agency of a dateline as the subject", () => {
    expect(rels("[Place:LUSAKA], May 2 ([Organization:Copper Wire]) - Police killed two protesters on Saturday, witnesses said.")).toEqual([]);
  });
});
