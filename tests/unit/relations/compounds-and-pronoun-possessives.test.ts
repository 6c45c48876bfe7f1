// "the X-funded Y" names X as Y's funder; "his arrest by X" is about the person just named; new trigger verbs.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("agent compounds", () => {
  it("reads 'the X-funded <project>'", () => {
    expect(rels("The [Organization:Harbour Fund] ([Organization:HF]) will lend money. The HF-funded [Project:North Line] is the largest.")).toContain("HF -FUNDS-> North Line");
  });
  it("ignores a compound whose first part names no entity", () => {
    expect(rels("The state-funded [Project:North Line] is the largest.")).toEqual([]);
  });
});

describe("his/her before a trigger noun", () => {
  it("reads 'a week after his arrest by X'", () => {
    expect(rels("A judge jailed former minister [Person:Juan de la Vega], a week after his arrest by the [Organization:National Police].")).toEqual([
      "National Police -ARRESTED-> Juan de la Vega",
    ]);
  });
  it("reads 'His visit to X' after a sentence about one person", () => {
    expect(rels("[Person:Tomas Rak] took command in 2019. His visit to [Place:Oslo] followed.")).toEqual(["Tomas Rak -VISITED-> Oslo"]);
  });
});

describe("more trigger verbs", () => {
  it("reads 'flew to', 'stormed' and 'shot dead'", () => {
    expect(rels("[Person:Tomas Rak] flew to [Place:Oslo] on Monday.")).toEqual(["Tomas Rak -VISITED-> Oslo"]);
    expect(rels("[Group:Gunmen] stormed the [Organization:Sahafi Hotel] overnight.")).toEqual(["Gunmen -ATTACKED-> Sahafi Hotel"]);
    expect(rels("[Group:Militants] shot dead two policemen in [Place:Quetta].")).toContain("Militants -KILLED-> policemen");
  });
  it("does not read a passive 'flown to' as the agent's trip", () => {
    expect(rels("[Person:Ivo Zamb] said he had been seized by [Person:Joel Garza], a son of a drug lord, and flown to the [Place:United States].")).toEqual([]);
  });
});

describe("sentences that name nothing", () => {
  it("still read a class noun that refers back ('The X-funded project is ...')", () => {
    expect(rels("The [Organization:HF] held a press conference. Work on the [Project:North Line] began. The HF-funded project is the largest.")).toEqual(["HF -FUNDS-> North Line"]);
    expect(rels("The [Project:North Line] opens in May. The project was financed by a bank.")).toEqual([]);
  });
});
