// Coordinated arguments ("A, B and C") give one edge per member.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("coordination", () => {
  it("spreads a coordinated subject over the object", () => {
    expect(rels("The [Organization:Coast Guard], the [Organization:Customs Agency] and the [Organization:Navy] will all inspect the [Project:Northern Pipeline].")).toEqual([
      "Coast Guard -AUDITS-> Northern Pipeline",
      "Customs Agency -AUDITS-> Northern Pipeline",
      "Navy -AUDITS-> Northern Pipeline",
    ]);
  });
  it("keeps a bracketed acronym inside its member", () => {
    expect(rels("The [Organization:Harbour Police], the [Organization:Anti-Fraud Office=Anti-Fraud Office] ([Organization:AFO=Anti-Fraud Office]), and the [Organization:Port Authority] inspected [Organization:Delta Shipping].")).toEqual([
      "Anti-Fraud Office -AUDITS-> Delta Shipping",
      "Harbour Police -AUDITS-> Delta Shipping",
      "Port Authority -AUDITS-> Delta Shipping",
    ]);
  });
  it("spreads a coordinated agent of a passive", () => {
    expect(rels("[Organization:Delta Shipping] was audited by the [Organization:Audit Court] and the [Organization:Tax Office].")).toEqual([
      "Audit Court -AUDITS-> Delta Shipping",
      "Tax Office -AUDITS-> Delta Shipping",
    ]);
  });
  it("pairs the members of a symmetric relation's subject", () => {
    expect(rels("[Person:Ana Lima] and [Person:Rui Costa] met in [Place:Lisbon] on Tuesday.")).toEqual(["Ana Lima -MET_WITH-> Rui Costa"]);
    expect(rels("[Place:France] and [Place:Germany] signed an agreement on energy.")).toEqual(["France -SIGNED-> Germany"]);
  });
  it("attaches the context's salient entity when the audited object is unnamed", () => {
    const out = rels("Security rules now cover the [Project:Baltic Link]. The [Organization:Coast Guard] and the [Organization:Navy] will conduct regular audits.");
    expect(out).toEqual(["Coast Guard -AUDITS-> Baltic Link", "Navy -AUDITS-> Baltic Link"]);
  });
});

describe("coordination across titles", () => {
  it("lists people whose titles name a country ('A and Peru's Foreign Minister B')", () => {
    expect(rels("[Person:Ana Lima] met [Place:Chile]'s President [Person:Rui Costa] and [Place:Peru]'s Foreign Minister [Person:Jose Paz].")).toEqual([
      "Ana Lima -MET_WITH-> Jose Paz",
      "Ana Lima -MET_WITH-> Rui Costa",
      "Rui Costa -MEMBER_OF-> Chile",
    ]);
  });
});
