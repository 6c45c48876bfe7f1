// "Norway's Acme" places a company in the country; "Acme's headquarters in Lyon" and "its headquarters at Y" place the organisation.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("a country's company", () => {
  it("places a company named after a country's possessive", () => {
    expect(rels("The turbines were bought from [Place:Denmark]'s [Organization:Vindkraft Systems] last year.")).toContain("Vindkraft Systems -LOCATED_IN-> Denmark");
    expect(rels("It hired [Place:Japan]'s engineering group [Organization:Kanto Works] for the bridge.")).toContain("Kanto Works -LOCATED_IN-> Japan");
  });
  it("leaves out a state's own bodies, state companies and names used as modifiers", () => {
    expect(rels("[Place:Kenya]'s [Organization:Interior Ministry] said the road was closed.")).not.toContain("Interior Ministry -LOCATED_IN-> Kenya");
    expect(rels("[Place:Peru]'s state oil company [Organization:Andipetro] signed the deal.")).not.toContain("Andipetro -LOCATED_IN-> Peru");
    expect(rels("[Place:Chile]'s [Organization:Cobra] facilities were shut.")).not.toContain("Cobra -LOCATED_IN-> Chile");
  });
});

describe("headquarters", () => {
  it("places the organisation owning the headquarters", () => {
    expect(rels("The deal was signed at [Organization:Andes Copper]'s headquarters in [Place:Valparaiso] on Monday.")).toContain("Andes Copper -LOCATED_IN-> Valparaiso");
    expect(rels("The [Organization:Fifth Division] runs operations from its headquarters in [Place:Tarlac City].")).toContain("Fifth Division -LOCATED_IN-> Tarlac City");
    expect(rels("He visited the [Organization:NCTA] headquarters in [Place:Dili] in May.")).toContain("NCTA -LOCATED_IN-> Dili");
  });
});
