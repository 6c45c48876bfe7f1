// Agents named through an unnamed consortium or a loan: "financed by a consortium of lenders including A and B", "backed by loans from X".
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("lenders and consortia as agents", () => {
  it("reads the members of 'a consortium of lenders including A, B and C'", () => {
    expect(rels("The [Project:Kivu Rail Link] will be financed by a consortium of lenders including the [Organization:Atlas Bank], [Organization:Nordbank] and the [Organization:Gulf Fund].")).toEqual([
      "Atlas Bank -FUNDS-> Kivu Rail Link",
      "Gulf Fund -FUNDS-> Kivu Rail Link",
      "Nordbank -FUNDS-> Kivu Rail Link",
    ]);
  });
  it("reads the builders of 'built by a consortium of A and B'", () => {
    expect(rels("The [Project:Rio Claro Dam] is being built by a consortium of [Organization:Andina Works] and [Organization:Hydroco].")).toEqual([
      "Andina Works -WORKS_ON-> Rio Claro Dam",
      "Hydroco -WORKS_ON-> Rio Claro Dam",
    ]);
  });
  it("reads the source of 'funded in part by a $300 million loan from X' and 'backed by loans from X'", () => {
    expect(rels("The [Project:Tana Solar Park] is funded in part by a $300 million loan from the [Organization:Eastern Development Bank].")).toEqual([
      "Eastern Development Bank -FUNDS-> Tana Solar Park",
    ]);
    expect(rels("The [Project:Lumo LNG] project is backed by loans from [Organization:Kestrel Bank] and [Organization:Ostra Finance].")).toEqual([
      "Kestrel Bank -FUNDS-> Lumo LNG",
      "Ostra Finance -FUNDS-> Lumo LNG",
    ]);
  });
  it("does not read attackers from a place as agents", () => {
    expect(rels("The [Organization:Port Authority] was attacked by a group of men from [Place:Kisumu].")).toEqual([]);
  });
});
