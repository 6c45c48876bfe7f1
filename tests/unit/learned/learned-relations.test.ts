// The learned relation stage: name-free features, deterministic training, a clear case learned, evidence offsets.
import { describe, expect, it } from "vitest";
import { defaultSchema } from "../../../ingest/schema.js";
import { extractDocument } from "../../../ingest/extract/index.js";
import { compileLexicon } from "../../../ingest/extract/relations/lexicon.js";
import { DEFAULT_STAGES } from "../../../ingest/extract/stages/index.js";
import { indexDoc, learnedStage, pairCandidates, pairFeatures, predictRelations, trainModel, type Example } from "../../../ingest/extract/learned/index.js";
import { buildDoc } from "../relations/build-doc.js";
import { sourceOf } from "../extract/helpers.js";

const lex = compileLexicon(defaultSchema());

/** Features of every candidate pair of a marked-up text. */
function featuresOf(marked: string): string[][] {
  const doc = buildDoc(marked);
  const ix = indexDoc(doc);
  return pairCandidates(doc).map((c) => pairFeatures(ix, lex, c));
}

/** Labelled examples: a LEADS construction ("X, the chief of Y") and a non-relation ("X thanked Y"). */
function examples(): Example[] {
  const out: Example[] = [];
  const people = ["Amara Okonkwo", "Lars Eriksen", "Mei Tanaka", "Rafael Duarte", "Ines Bauer", "Tomas Novak"];
  const orgs = ["Harbour Authority", "Grain Board", "Coastal Guard", "Mining Agency", "Rail Company", "Water Trust"];
  people.forEach((p, i) => {
    const o = orgs[i]!;
    const lead = featuresOf(`[Person:${p}], who runs the [Organization:${o}], spoke on Monday.`)[0]!;
    const none = featuresOf(`[Person:${p}] thanked the [Organization:${o}] on Monday.`)[0]!;
    out.push({ features: lead, labels: ["LEADS>"] }, { features: none, labels: [] });
  });
  return out;
}

describe("learned relations", () => {
  it("features hold no names: the same construction with other names gives the same features", () => {
    const a = featuresOf("[Person:Jane Mwangi], head of the [Organization:Port Authority], visited [Place:Mombasa] on Friday.");
    const b = featuresOf("[Person:Olu Bakare], head of the [Organization:Cocoa Board], visited [Place:Ibadan] on Friday.");
    expect(a).toEqual(b);
    expect(a.flat().join(" ")).not.toMatch(/mwangi|port|mombasa/i);
  });

  it("training is deterministic", () => {
    const ex = examples();
    expect(JSON.stringify(trainModel(ex, ["LEADS>", "LEADS<"], { minCount: 1 }))).toBe(JSON.stringify(trainModel(ex, ["LEADS>", "LEADS<"], { minCount: 1 })));
  });

  it("a tiny trained model finds the construction with unseen names, and not the non-relation", () => {
    const model = trainModel(examples(), ["LEADS>", "LEADS<"], { minCount: 1, threshold: 0.6 });
    const show = (marked: string) => {
      const doc = buildDoc(marked);
      return predictRelations(doc, lex, model).map((r) => `${r.head} ${r.relation} ${r.tail}`);
    };
    expect(show("[Person:Kofi Mensah], who runs the [Organization:Cotton Board], spoke on Monday.")).toEqual(["Person:Kofi Mensah LEADS Organization:Cotton Board"]);
    expect(show("[Person:Kofi Mensah] thanked the [Organization:Cotton Board] on Monday.")).toEqual([]);
  });

  it("learned edges carry the sentence as evidence (offsets slice the file), a marker and a confidence; only a schema that turns them on gets them", () => {
    const model = trainModel(examples(), ["LEADS>", "LEADS<"], { minCount: 1, threshold: 0.5 });
    const stages = DEFAULT_STAGES.map((s) => (s.name === "learned-relations" ? learnedStage(model) : s));
    const text = "Officials met on Sunday.\n\nKofi Mensah, who runs the Cotton Board, spoke on Monday.";
    const on = { ...defaultSchema(), learnedRelations: { enabled: true } };
    const out = extractDocument(sourceOf(text), { stages, schema: on });
    const learned = out.relations.filter((r) => r.evidence.trigger === "model");
    expect(learned.length).toBeGreaterThan(0);
    for (const r of learned) {
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    }
    const off = extractDocument(sourceOf(text), { stages }); // the bundled schema leaves it off
    expect(off.relations.filter((r) => r.evidence.trigger === "model")).toEqual([]);
  });

  it("the default pipeline runs the learned stage after the rule relations", () => {
    const names = DEFAULT_STAGES.map((s) => s.name);
    expect(names.indexOf("learned-relations")).toBe(names.indexOf("relations") + 1);
  });
});
