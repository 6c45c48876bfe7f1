// Subjects of clauses opened by after/before/since/as: "a day after Minister X held talks with Y".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("subordinate clause subjects", () => {
  it("reads the person after 'after' (and a title) as the subject of the clause verb", () => {
    expect(rels("The raid in [Place:Tarbela] came a day after Interior Minister [Person:Omar Saeed] held talks with [Person:Karim Nazari] in [Place:Herat].")).toEqual([
      "Karim Nazari -MET_WITH-> Omar Saeed",
    ]);
  });
  it("keeps 'after' before a plain noun phrase a preposition", () => {
    expect(rels("After [Place:Herat], [Person:Omar Saeed] visited [Place:Tarbela].")).toEqual(["Omar Saeed -VISITED-> Tarbela"]);
  });
});
