// End to end on annotated corpora: read -> extract -> merge, scored with the shared scorer (score.mjs).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildGraph, toSerializedKg } from "../../../graph/build/index.js";
import type { DocExtraction } from "../../../graph/types.js";
import { defaultSchema, discoverInputs, extractFiles } from "../../../ingest/index.js";
import { readFileSync } from "node:fs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shared = `${root}../shared`;
const scorer = `${shared}/eval/score.mjs`;

interface Scores {
  entities: { f1: number };
  relations: { f1: number };
}

async function scoreCorpus(articles: string, gold: string): Promise<Scores> {
  const { files } = await discoverInputs([articles]);
  const extractions: DocExtraction[] = [];
  for await (const item of extractFiles(files, { workers: 1, extract: { schema: defaultSchema() } }))
    if (item.kind === "extraction") extractions.push(item.extraction);
  const graph = JSON.parse(JSON.stringify(toSerializedKg(buildGraph(extractions, { schema: defaultSchema() }))));
  const { score } = (await import(pathToFileURL(scorer).href)) as { score: (g: unknown, k: unknown) => Scores };
  return score(JSON.parse(readFileSync(gold, "utf8")), graph);
}

// Floors, not goals: the seeds are the acceptance check; sets of our own articles guard against
// regressions in generality. dev-eval, dev-ent, dev-rel, dev-roles and dev-southasia were tuned on;
// holdout's misses were described to the tuners as constructions; blind, blind2 and blind3 were seen by
// nobody tuning rules (blind2 and blind3 were written by annotators who never ran the pipeline; blind3
// in session 3, scored only at the end of it). dev-events, dev-structure and dev-names (session 3) had
// their gold written before the pipeline ran on them, then were tuned on, as were dev-ent4 and dev-rel4 (session 4).
// blind4 (session 4) was written by an annotator who never ran the pipeline and scored only by the lead.
const fixture = (name: string, entity: number, relation: number) => ({
  name,
  articles: `${root}tests/fixtures/${name}/articles`,
  gold: `${root}tests/fixtures/${name}/gold.json`,
  entity,
  relation,
});
const CORPORA = [
  { name: "seeds", articles: `${shared}/corpus/seeds`, gold: `${shared}/eval/gold/seeds.json`, entity: 0.9, relation: 0.75 },
  fixture("dev-eval", 0.95, 0.88),
  fixture("dev-ent", 0.95, 0.67),
  fixture("dev-rel", 0.86, 0.62),
  fixture("dev-roles", 0.88, 0.65),
  fixture("dev-southasia", 0.97, 0.8),
  fixture("holdout", 0.93, 0.9),
  fixture("blind", 0.9, 0.74),
  fixture("blind2", 0.86, 0.39),
  fixture("dev-events", 0.88, 0.7),
  fixture("dev-structure", 0.9, 0.77),
  fixture("dev-names", 0.94, 0.69),
  fixture("blind3", 0.85, 0.46),
  fixture("dev-ent4", 0.93, 0.72),
  fixture("dev-rel4", 0.85, 0.66),
  fixture("blind4", 0.82, 0.34),
];

describe.runIf(existsSync(scorer))("quality: gold scores", () => {
  for (const c of CORPORA) {
    it(`${c.name}: entity F1 >= ${c.entity}, relation F1 >= ${c.relation}`, async () => {
      const s = await scoreCorpus(c.articles, c.gold);
      console.log(`${c.name}: entity_f1=${s.entities.f1.toFixed(3)} relation_f1=${s.relations.f1.toFixed(3)}`);
      expect(s.entities.f1).toBeGreaterThanOrEqual(c.entity);
      expect(s.relations.f1).toBeGreaterThanOrEqual(c.relation);
    });
  }
});
