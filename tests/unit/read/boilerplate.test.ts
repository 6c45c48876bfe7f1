// Extraction regions leave out bylines, disclaimers, "Follow us" and copyright lines.
import { describe, expect, it } from "vitest";
import { findRegions, isBoilerplate } from "../../../ingest/read/boilerplate.js";

describe("findRegions", () => {
  it("keeps article paragraphs and drops byline, disclaimer, follow-us and copyright paragraphs", () => {
    const text = [
      "By Jane Okafor, Lagos",
      "The navy seized a tanker off the coast on Tuesday.",
      "Officials said the crew had been arrested.",
      "DISCLAIMER: The views expressed are the author's own.",
      "Follow us on Twitter for updates.",
      "Copyright © 2024 Example Media. All rights reserved.",
    ].join("\n\n");
    const kept = findRegions(text).map(([s, e]) => text.slice(s, e));
    expect(kept).toEqual(["The navy seized a tanker off the coast on Tuesday.\n\nOfficials said the crew had been arrested."]);
  });

  it("starts after the header", () => {
    const text = " date 2024-01-01 Troops arrived in the town.";
    expect(findRegions(text, 17).map(([s, e]) => text.slice(s, e))).toEqual(["Troops arrived in the town."]);
  });

  it("does not take prose starting with 'by' for a byline", () => {
    expect(isBoilerplate("by the end of the week the talks had collapsed.")).toBe(false);
    expect(isBoilerplate("By Staff Reporter")).toBe(true);
  });
});
