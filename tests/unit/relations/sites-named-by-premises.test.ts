// "the National Institute of X in Y", "the Chinese Embassy in Y": bodies named by their premises are in the place after "in".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("bodies named by their premises", () => {
  it("places an institute, an embassy or an office in the city after 'in', whatever comes before", () => {
    expect(rels("Samples were sent to the [Organization:Institute of Marine Biology] in [Place:Bergen] for tests.")).toContain("Institute of Marine Biology -LOCATED_IN-> Bergen");
    expect(rels("The [Organization:Peruvian Embassy] in [Place:Oslo] said it was in touch.")).toContain("Peruvian Embassy -LOCATED_IN-> Oslo");
    expect(rels("The [Organization:Ghana High Commission] in [Place:Nairobi] issued a notice.")).toContain("Ghana High Commission -LOCATED_IN-> Nairobi");
  });
  it("still leaves a country's forces deployed abroad unplaced", () => {
    expect(rels("Troops of the [Organization:Kenya Army] in [Place:Kismayo] waited.")).toEqual([]);
  });
});
