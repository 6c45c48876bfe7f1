// End to end: the person named to a post stays a Person ("Acme named X as chief executive"), and so does a word of their name.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../ingest/extract/index.js";
import { sourceOf } from "../extract/helpers.js";

const run = (text: string) => extractDocument(sourceOf(text));

describe("people named to posts", () => {
  it("types the appointee as a Person and links a repeated middle name to them", () => {
    const doc = run("LIMA, May 2 (Reuters) - Peruvian miner Tacna Copper Corp named Lucia Farfan Quispe as chief executive on Monday. The board chose Farfan for her record. Farfan, 48, starts in June.");
    const types = new Map(doc.entities.map((e) => [e.name, e.entityType]));
    expect(types.get("Lucia Farfan Quispe")).toBe("Person");
    expect([...types.keys()]).not.toContain("Farfan");
    const leads = doc.relations.filter((r) => r.relation === "LEADS").map((r) => `${r.head} ${r.tail}`);
    expect(leads).toContain("Person:lucia farfan quispe Organization:tacna copper corp");
  });
  it("still types 'a firm named X' by its head noun", () => {
    const doc = run("A firm named Zeta Works won the tender in Lima.");
    expect(doc.entities.find((e) => e.name === "Zeta Works")?.entityType).toBe("Organization");
  });
});
