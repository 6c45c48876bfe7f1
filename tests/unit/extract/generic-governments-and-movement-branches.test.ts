// The unnamed government of a story (not a node), a parliament named alone, and branches of a movement named like provinces.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("unnamed governments", () => {
  it("leaves the unnamed government out (an Organization is a named institution)", () => {
    const t = typesOf("The federal government said the government would pay.");
    expect(Object.keys(t)).toEqual([]);
  });

  it("reads Parliament alone as an organisation", () => {
    expect(typesOf("Parliament approved the budget on Monday.")).toMatchObject({ Parliament: "Organization" });
  });
});

describe("branches of a movement", () => {
  it("reads Islamic State X Province as an organisation", () => {
    expect(typesOf("Islamic State Sahel Province (ISSP) claimed the raid.")).toMatchObject({ "Islamic State Sahel Province": "Organization" });
  });
});

describe("a city's or province's own body", () => {
  it("reads X police and Y government after a known place as organisations, keeping the place", () => {
    const t = typesOf("The Punjab government banned rallies, and the Lahore police arrested 40 people.");
    expect(t).toMatchObject({ "Punjab government": "Organization", Punjab: "Place", "Lahore police": "Organization" });
  });
});
