// "the project" stands for the latest named project; "groups, including X, opposed" makes X the subject.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("class nouns", () => {
  it("reads 'the project' as the project named before", () => {
    expect(rels("The [Project:Lake Line Railway] opens in 2031. The [Organization:National Audit Board] will audit the project's accounts.")).toEqual([
      "National Audit Board -AUDITS-> Lake Line Railway",
    ]);
  });
  it("takes the latest of two projects", () => {
    expect(rels("The [Project:Lake Line Railway] opened. Work on the [Project:North Port Terminal] began. The [Organization:Green Forum] opposed the project.")).toEqual([
      "Green Forum -OPPOSES-> North Port Terminal",
    ]);
  });
  it("stands for nothing when no project was named before", () => {
    expect(rels("The [Organization:Green Forum] opposed the project. The [Project:Lake Line Railway] opens in 2031.")).toEqual([]);
  });
});

describe("a named member of an unnamed subject", () => {
  it("reads 'groups, including X, have opposed Y'", () => {
    expect(rels("Environmental groups, including the [Organization:Green Forum], have opposed the [Project:Lake Line Railway].")).toEqual([
      "Green Forum -OPPOSES-> Lake Line Railway",
    ]);
  });
});
