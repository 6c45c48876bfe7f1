// Posts said in appositions: "a spokesman for X, Y", "the UN envoy for Z, Y", second descriptions, plural roles after a list.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("roles in appositions", () => {
  it("reads 'A spokesman for X, Y, said' with a named organisation", () => {
    expect(rels("A spokesman for the [Organization:Tana Brigades], [Person:Idris Hamud], said the road was closed.")).toContain("Idris Hamud -MEMBER_OF-> Tana Brigades");
  });
  it("reads 'the ORG envoy for PLACE, Y' as a member of the organisation and the person as the object", () => {
    const out = rels("[Person:Salim Faraj] urged the [Organization:African Union] envoy for [Place:Sudan], [Person:Hanna Lind], to visit the camps.");
    expect(out).toEqual(expect.arrayContaining(["Hanna Lind -MEMBER_OF-> African Union", "Salim Faraj -REQUESTED-> Hanna Lind"]));
    expect(out).not.toContain("Hanna Lind -MEMBER_OF-> Sudan");
  });
  it("makes an indefinite leading post before the name a membership", () => {
    expect(rels("A senior commander of the [Organization:Delta Front], [Person:Kofi Mensah], was arrested.")).toContain("Kofi Mensah -MEMBER_OF-> Delta Front");
  });
  it("reads a second description joined by 'and a'", () => {
    expect(rels("[Person:Imran Dar], a member of the provincial assembly from [Place:Tando] and a senior leader of the [Organization:People's League], spoke.")).toContain(
      "Imran Dar -MEMBER_OF-> People's League",
    );
    expect(rels("[Person:Hari Joshi], a former minister and [Organization:Nation Party] leader, said the party would go on.")).toEqual(["Hari Joshi -MEMBER_OF-> Nation Party"]);
  });
  it("gives every person of a list the plural role that follows it", () => {
    expect(rels("Among the dead were [Person:Peter Otieno] and [Person:Ali Farah], engineers with the [Organization:Coast Road Company].")).toEqual(
      expect.arrayContaining(["Peter Otieno -MEMBER_OF-> Coast Road Company", "Ali Farah -MEMBER_OF-> Coast Road Company"]),
    );
  });
  it("leads a police force only when it is named, never the district itself", () => {
    expect(rels("[Person:Asad Khan], the district police officer of [Place:Lakki], said two men were held.")).toEqual([]);
  });
});
