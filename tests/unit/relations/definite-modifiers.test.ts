// Definite descriptions with a noun modifier: "the provincial finance department" is not the "Counter Terrorism Department".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("definite descriptions with noun modifiers", () => {
  it("does not resolve 'the finance department' to another department", () => {
    expect(rels("The [Organization:Counter Terrorism Department] raided a house. [Person:Ali Khan] asked the provincial finance department to release funds.")).toEqual([]);
  });
  it("still resolves a modifier that is part of the name, and adjectives", () => {
    expect(rels("The [Organization:Counter Terrorism Department] raided a house. [Person:Ali Khan] asked the terrorism department to release funds.")).toEqual([
      "Ali Khan -REQUESTED-> Counter Terrorism Department",
    ]);
    expect(rels("The [Organization:Counter Terrorism Department] raided a house. [Person:Ali Khan] asked the provincial department to release funds.")).toEqual([
      "Ali Khan -REQUESTED-> Counter Terrorism Department",
    ]);
  });
});
