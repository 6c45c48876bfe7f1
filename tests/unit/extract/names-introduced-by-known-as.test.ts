// "a plan known as X 3", "the operation, dubbed Y": the naming verb introduces a name typed by the head noun before it.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("known as / dubbed", () => {
  it("types the name after a naming verb by the head noun before it, keeping a trailing number", () => {
    expect(typesOf("The navy is buying ships under a modernisation plan known as Blue Horizon 2, officials said.")).toMatchObject({ "Blue Horizon 2": "Project" });
    expect(typesOf("The operation, dubbed Iron Gate, began at dawn.")).toMatchObject({ "Iron Gate": "Event" });
  });

  it("ignores naming verbs without a head noun", () => {
    expect(Object.values(typesOf("Residents called Tarvik a quiet town."))).not.toContain("Project");
  });
});
