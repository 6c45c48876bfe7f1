// Signing parties listed with possessive owners ("A and Kenya's B signed a charter"), plural and truce-like agreements.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("signing parties", () => {
  it("keeps 'A and Country's B' one list of signers", () => {
    const out = rels("[Organization:Delta Fund] and [Place:Ghana]'s [Organization:Growth Fund] signed a charter establishing the [Organization:Volta Joint Fund].");
    expect(out).toContain("Delta Fund -SIGNED-> Growth Fund");
    expect(out).toContain("Delta Fund -ESTABLISHED-> Volta Joint Fund");
    expect(out).toContain("Growth Fund -ESTABLISHED-> Volta Joint Fund");
  });
  it("reads plural agreements with partners named after their owners", () => {
    const out = rels("[Place:Ghana] signed agreements worth $2 billion with [Place:Norway]'s [Organization:Fjord Oil] and [Place:Japan]'s [Organization:Sora Gas] on Monday.");
    expect(out).toContain("Fjord Oil -SIGNED-> Ghana");
    expect(out).toContain("Sora Gas -SIGNED-> Ghana");
    expect(out).not.toContain("Japan -SIGNED-> Ghana");
  });
  it("reads a described member after its owner in a list without a relation inside the list", () => {
    const out = rels("[Organization:Steppe Air] and [Place:Ghana]'s sovereign wealth fund [Organization:Volta Capital] signed a shareholders' agreement on Tuesday.");
    expect(out).toEqual(["Steppe Air -SIGNED-> Volta Capital"]);
  });
  it("does not join an owner across 'and the'", () => {
    const out = rels("[Place:Ghana]'s army and the [Organization:Volta Guard] signed a truce in [Place:Accra].");
    expect(out).not.toContain("Ghana -SIGNED-> Volta Guard");
  });
});
