// Relations inside reported speech ("officials said X attacked Y") and conjuncts with demonym appositions.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("reported speech", () => {
  it("reads the subject of a clause after 'said' (with or without 'that')", () => {
    expect(rels("Officials said the [Organization:Forest Front] attacked the [Organization:Coast Regiment] base.")).toEqual(["Forest Front -ATTACKED-> Coast Regiment"]);
    expect(rels("[Person:Ana Ruiz] said that [Organization:Velox] would fund the [Project:Central Hub].")).toEqual(["Velox -FUNDS-> Central Hub"]);
  });
  it("keeps 'told' taking an object", () => {
    expect(rels("[Person:Ana Ruiz] told [Organization:Velox] reporters nothing.")).toEqual([]);
  });
});

describe("conjuncts with appositions", () => {
  it("reads 'A, the Estonian grid operator, and B, its Finnish partner, signed'", () => {
    expect(rels("[Organization:Elnet], the Estonian grid operator, and [Organization:Finlink], its Finnish partner, signed an agreement to build a cable.")).toEqual([
      "Elnet -SIGNED-> Finlink",
    ]);
  });
});
