// CPU time of extraction with and without the learned-relations stage, on synthetic and annotated articles.
//
//   npx tsx scripts/learn/cpu-cost.ts [n]
import { syntheticArticle } from "../../bench/corpus.js";
import { DEFAULT_STAGES, emptyDoc, runPipeline } from "../../ingest/extract/index.js";
import { defaultSchema } from "../../ingest/index.js";
import type { SourceDocument } from "../../graph/types.js";
import { loadSet, trainSetNames } from "./corpus.js";

const n = Number(process.argv[2] ?? 300);
const schema = defaultSchema();
const without = DEFAULT_STAGES.filter((s) => s.name !== "learned-relations");

const synthetic: SourceDocument[] = Array.from({ length: n }, (_, i) => syntheticArticle(i));
const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const real: SourceDocument[] = [];
for (const name of trainSetNames(root).slice(0, 6)) for (const d of (await loadSet(root, name)).docs) real.push(d.source);

/** User+system CPU microseconds of running `stages` over the documents `rounds` times. */
function cpu(docs: SourceDocument[], stages: typeof DEFAULT_STAGES, rounds: number): number {
  const t = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) runPipeline(stages, emptyDoc(d, d.info.date), { schema });
  const u = process.cpuUsage(t);
  return u.user + u.system;
}

for (const [label, docs, rounds] of [["synthetic", synthetic, 1], ["annotated", real, 3]] as const) {
  cpu(docs, DEFAULT_STAGES, 1); // warm up
  const a: number[] = [], b: number[] = [];
  for (let i = 0; i < 3; i++) {
    a.push(cpu(docs, without, rounds));
    b.push(cpu(docs, DEFAULT_STAGES, rounds));
  }
  const med = (xs: number[]) => xs.sort((x, y) => x - y)[1]!;
  const words = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0) * rounds;
  console.log(`${label}: ${docs.length} docs x ${rounds}, ${words} words: without ${(med(a) / 1e6).toFixed(2)} s CPU, with ${(med(b) / 1e6).toFixed(2)} s CPU (+${((med(b) / med(a) - 1) * 100).toFixed(1)}%)`);
}
