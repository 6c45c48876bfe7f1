// "analyst X of the Lyon-based Acme": the post is in the organisation, not in the place that describes it.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("posts in '<Place>-based' organisations", () => {
  it("takes the organisation after '<Place>-based' as the post's organisation", () => {
    const a = rels("Analyst [Person:Rosa Bell] of the [Place:Quito]-based [Organization:Andes Policy Centre] said the vote was close.");
    expect(a).toContain("Rosa Bell -MEMBER_OF-> Andes Policy Centre");
    expect(a).not.toContain("Rosa Bell -MEMBER_OF-> Quito");
    expect(rels("[Person:Rosa Bell], managing director of [Place:Quito]-based consultancy [Organization:Delta Insight], said.")).toContain("Rosa Bell -LEADS-> Delta Insight");
  });
});
