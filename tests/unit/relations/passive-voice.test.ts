// Relations keep their argument roles in the passive voice.
import { describe, expect, it } from "vitest";
import { rels } from "./helpers.js";

describe("passive voice", () => {
  it("puts the by-agent at the head", () => {
    expect(rels("[Organization:Delta Shipping] was audited by [Organization:Harbor Watch] in May.")).toEqual(["Harbor Watch -AUDITS-> Delta Shipping"]);
  });
  it("reads 'targeted by' as an attack", () => {
    expect(rels("Depots of the [Project:Northern Pipeline] are often targeted by [Group:Tuareg rebels].")).toContain("Tuareg rebels -ATTACKED-> Northern Pipeline");
  });
  it("handles an adverbial between the participle and the agent", () => {
    expect(rels("The accounts will also be inspected on a regular basis by the [Organization:Audit Court].")).toEqual([]);
    expect(rels("[Person:Jean Dupont] was arrested on Friday by the [Organization:Gendarmerie].")).toEqual(["Gendarmerie -ARRESTED-> Jean Dupont"]);
  });
  it("reads reduced relatives ('engineers killed in April by X')", () => {
    expect(rels("A wreath was laid for [Group:Danish engineers] killed in April by the [Organization:Sahel Front].")).toEqual(["Sahel Front -KILLED-> Danish engineers"]);
  });
  it("gives nothing for an agentless passive", () => {
    expect(rels("[Person:Jean Dupont] was arrested in [Place:Lyon] on Friday.")).toEqual([]);
  });
  it("keeps the subject as head for stative passives ('based in')", () => {
    expect(rels("The [Organization:Harbor Watch] is based in [Place:Lisbon].")).toEqual(["Harbor Watch -LOCATED_IN-> Lisbon"]);
  });
});
