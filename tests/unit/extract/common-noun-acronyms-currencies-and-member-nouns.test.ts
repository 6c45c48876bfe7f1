// Acronyms of common nouns, currency symbols before amounts, and "X police officers" are not organisations.
import { describe, expect, it } from "vitest";
import { typesOf } from "./helpers.js";

describe("acronyms of common nouns", () => {
  it("drops an acronym that lower-case words before it spell, keeps one a name spells", () => {
    const t = typesOf("Investigators filed a first information report (FIR) and signed a memorandum of understanding (MoU) with the Lake Basin Development Authority (LBDA). The FIR named the LBDA.");
    expect(t).toEqual({ "Lake Basin Development Authority": "Organization" });
  });
});

describe("currencies", () => {
  it("reads no names in Tk 9,200 crore or P240 million", () => {
    const t = typesOf("The council approved Tk 9,200 crore for the plant, and the road was worth P240 million.");
    expect(Object.keys(t)).toEqual([]);
  });
});

describe("state bodies before member nouns", () => {
  it("reads Ruritanian police officers as people, the Ruritanian police as a body", () => {
    expect(Object.values(typesOf("Two Kenyan police officers were wounded."))).not.toContain("Organization");
    expect(Object.values(typesOf("The Kenyan police said two men were held."))).toContain("Organization");
  });
});
