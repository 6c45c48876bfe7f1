// Subjects: the titled person rather than the organisation in the title, appositions skipped, datelines never subjects.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("subjects past titles and appositions", () => {
  it("takes the person of 'ORG chief X ... and asked him' as the subject, not the organisation", () => {
    expect(rels("[Organization:Harbour Police] chief [Person:Omar Tesfaye] had sought a report from [Person:Lina Berhane], the harbour master, and asked her to close the docks.")).toContain(
      "Omar Tesfaye -REQUESTED-> Lina Berhane",
    );
    expect(rels("[Organization:Coast Council] Secretary [Person:Amina Warsame], who toured the site on Friday, called on the [Organization:Port Authority] to halt work.")).toContain(
      "Amina Warsame -REQUESTED-> Port Authority",
    );
  });
  it("skips an indefinite apposition between the subject and its verb", () => {
    const out = rels("[Person:Rashid Kamal], a [Organization:Green Front] lawmaker from [Place:Kulna], also asked the [Organization:Asia Fund] to extend the loan.");
    expect(out).toContain("Rashid Kamal -REQUESTED-> Asia Fund");
    expect(out).not.toContain("Green Front -REQUESTED-> Asia Fund");
  });
  it("never takes an upper-case dateline place as the subject", () => {
    expect(rels("[Place:LUSAKA]: Police arrested [Person:Mwila Banda] and [Person:Chanda Phiri] on Friday.")).toEqual([]);
  });
  it("reads 'all detained party members' as a description, not an arrest", () => {
    expect(rels("[Organization:Unity Party] chairman [Person:Ravi Kumar] demanded the release of all detained party members.")).toEqual(["Ravi Kumar -LEADS-> Unity Party"]);
  });
  it("does not make the organisation of 'soldiers of X were killed' a victim", () => {
    expect(rels("Two soldiers of the [Organization:Hill Scouts] were killed when [Group:militants] attacked a post.")).not.toContain("militants -KILLED-> Hill Scouts");
  });
});
