// Resolve stage: acronyms to long forms, surnames to full names, roles to adjacent people, offsets mapped.
import { describe, expect, it } from "vitest";
import { entitiesOf, sourceOf } from "./helpers.js";
import { extractDocument } from "../../../ingest/extract/index.js";
import { tokenizeStage } from "../../../ingest/extract/stages/tokenize.js";
import { mentionsStage } from "../../../ingest/extract/stages/mentions.js";
import { resolveStage } from "../../../ingest/extract/stages/resolve.js";

describe("resolve", () => {
  it("links an acronym to its long form everywhere in the document", () => {
    const x = entitiesOf("The Coastal Drone Agency (CDA) grew. Later the CDA hired staff.");
    expect(x.entities).toHaveLength(1);
    expect(x.entities[0]).toMatchObject({ name: "Coastal Drone Agency", entityType: "Organization", aliases: ["CDA"] });
    expect(x.entities[0]!.mentions).toHaveLength(3);
  });

  it("finds a long form spelled by the acronym's initials across small words", () => {
    const x = entitiesOf("Leaders of the Front for Unity and Reform (FUR) met. FUR said no.");
    expect(x.entities.map((e) => e.name)).toEqual(["Front for Unity and Reform"]);
  });

  it("drops acronyms of role titles", () => {
    const x = entitiesOf("The Chief of Naval Staff (CNS), Admiral Ilse Varga, spoke. The CNS left.");
    expect(x.entities.map((e) => e.name)).toEqual(["Ilse Varga"]);
    expect(x.entities[0]!.roles).toEqual(expect.arrayContaining(["Admiral", "Chief of Naval Staff"]));
  });

  it("links surnames and title + surname to the full name", () => {
    const x = entitiesOf("Colonel Maren Oduya Lint arrived. Lint said the talks went well, and Colonel Lint left.");
    expect(x.entities).toHaveLength(1);
    expect(x.entities[0]!.aliases).toEqual(expect.arrayContaining(["Lint", "Colonel Lint"]));
    expect(x.entities[0]!.mentions).toHaveLength(3);
  });

  it("maps offsets through the offset map so they slice the file's text", () => {
    const file = "<p>Minister Ola Brenn visited Oslo.</p>";
    const text = file.slice(3, -4);
    const map = Int32Array.from(text, (_c, i) => i + 3);
    const x = extractDocument(sourceOf(text, "d", { offsetMap: map }), { stages: [tokenizeStage, mentionsStage, resolveStage] });
    for (const e of x.entities) for (const m of e.mentions) expect(file.slice(m.start, m.end)).toBe(m.text);
    expect(x.entities.map((e) => e.name).sort()).toEqual(["Ola Brenn", "Oslo"]);
  });

  it("only extracts from the document's regions", () => {
    const text = "By Anna Reporter\nThe Polar Research Institute opened.";
    const x = extractDocument(sourceOf(text, "d", { regions: [[17, text.length]] }), { stages: [tokenizeStage, mentionsStage, resolveStage] });
    expect(x.entities.map((e) => e.name)).toEqual(["Polar Research Institute"]);
  });

  it("types a lone unknown word defined by an acronym as an organisation", () => {
    const x = entitiesOf("Police blamed Harakat-ul-Varn (HuV) for the blast. HuV denied it.");
    expect(x.entities.map((e) => [e.name, e.entityType, e.aliases])).toEqual([["Harakat-ul-Varn", "Organization", ["HuV"]]]);
  });

  it("keeps a sentence-initial multi-word place whole", () => {
    const x = entitiesOf("New Delhi protested. Kuala Lumpur agreed.");
    expect(x.entities.map((e) => e.name)).toEqual(["Kuala Lumpur", "New Delhi"]);
  });

  it("links 'the Army' to the document's one army and drops it when there is none", () => {
    expect(entitiesOf("The Danish Army moved north. Later the Army said the Coast Guard helped.").entities.map((e) => [e.name, e.mentions.length])).toEqual([["Denmark Army", 2]]);
    expect(entitiesOf("Later the Army said the Coast Guard helped.").entities).toEqual([]);
  });
});

