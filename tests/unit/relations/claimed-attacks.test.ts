// Claims of responsibility: the claimant is the agent of the attack just reported.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("claims of responsibility", () => {
  it("gives 'X claimed responsibility for the attack' the objects of the previous attack", () => {
    expect(rels("[Group:Gunmen] attacked a [Organization:Frontier Police] post in [Place:Tank] on Monday. The [Organization:Hills Front] claimed responsibility for the attack.")).toContain(
      "Hills Front -ATTACKED-> Frontier Police",
    );
  });
  it("reads 'The attack, claimed by X, ...'", () => {
    expect(rels("[Group:Insurgents] attacked the town of [Place:Mora] on Sunday, killing nine civilians. The attack, claimed by the [Organization:Lake Province Group], came a day after a raid.")).toEqual(
      expect.arrayContaining(["Lake Province Group -ATTACKED-> Mora", "Lake Province Group -KILLED-> civilians"]),
    );
  });
  it("claims nothing without an earlier attack or with a named object", () => {
    expect(rels("The [Organization:Hills Front] claimed responsibility for the attack.")).toEqual([]);
    expect(rels("[Group:Gunmen] attacked a [Organization:Frontier Police] post. The [Organization:Hills Front] claimed an attack on the [Organization:Coast Guard].")).toEqual([
      "Gunmen -ATTACKED-> Frontier Police",
      "Hills Front -ATTACKED-> Coast Guard",
    ]);
  });
});

describe("possessive patients of nominal events", () => {
  it("reads 'X's arrest by Y' and 'X's detention by Y'", () => {
    expect(rels("[Person:Ali Khan]'s arrest by the [Organization:Federal Agency] in May drew protests.")).toEqual(["Federal Agency -ARRESTED-> Ali Khan"]);
  });
});
