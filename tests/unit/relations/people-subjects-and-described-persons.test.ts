// Subjects named by a people noun ("X fighters attacked", "after insurgents overran") and persons after a describing noun ("Lagos industrialist X").
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("people nouns as subjects", () => {
  it("reads the named force before a people noun, also after a conjunction", () => {
    expect(rels("[Organization:Red Hand] fighters attacked [Place:Mbala] on Monday.")).toEqual(["Red Hand -ATTACKED-> Mbala"]);
    expect(rels("The army launched raids after [Organization:Red Hand] fighters attacked [Place:Mbala] in April.")).toEqual(["Red Hand -ATTACKED-> Mbala"]);
  });
  it("gives no subject to unnamed people before the verb", () => {
    expect(rels("[Organization:Kivu Mining], which suspended work in 2021 after insurgents overran [Place:Mbala], said it would return.")).toEqual([]);
  });
});

describe("persons after a describing noun", () => {
  it("reads 'by Place industrialist X' as the person", () => {
    expect(rels("[Organization:Bello Pharma] was founded in 2011 by [Place:Lagos] industrialist [Person:Ade Bello].")).toEqual(["Ade Bello -ESTABLISHED-> Bello Pharma"]);
  });
});
