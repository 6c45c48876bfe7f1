// `npm run bench`: extraction speed on one core and on 2 workers, compromise's bare tagging speed on the
// same text, and peak memory for N and 2N articles (each in its own process, streaming).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { buildGraph } from "../graph/build/index.js";
import type { DocExtraction, SourceDocument } from "../graph/types.js";
import { defaultSchema, extractDocument, extractStream, type ReadItem } from "../ingest/index.js";
import { countWords, syntheticArticle } from "./corpus.js";
import { cpuScaling } from "./cpu-check.js";

interface BenchOptions {
  docs: number;
  rssDocs: number;
  skipRss: boolean;
}

function parseArgs(argv: string[]): BenchOptions & { rssChild?: number } {
  const value = (flag: string): number | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const docs = value("--docs") ?? 2000;
  return { docs, rssDocs: value("--rss-docs") ?? docs, skipRss: argv.includes("--skip-rss"), rssChild: value("--rss-child") };
}

async function* items(n: number, offset = 0): AsyncGenerator<ReadItem> {
  for (let i = 0; i < n; i++) yield { kind: "doc", doc: syntheticArticle(offset + i) };
}

const rate = (words: number, ms: number): string => `${Math.round((words / ms) * 1000).toLocaleString("en-US")} words/s`;

function timeSync(docs: SourceDocument[], run: (d: SourceDocument) => void): number {
  const t0 = performance.now();
  for (const d of docs) run(d);
  return performance.now() - t0;
}

/** Wall time for `workers` threads to extract `docs` (pool start-up included). */
async function timeWorkers(docs: SourceDocument[], workers: number): Promise<number> {
  async function* feed(): AsyncGenerator<ReadItem> {
    for (const doc of docs) yield { kind: "doc", doc };
  }
  const t0 = performance.now();
  for await (const r of extractStream(feed(), { workers, extract: { schema: defaultSchema() } })) if (r.kind === "issue") throw r.error;
  return performance.now() - t0;
}

/**
 * Steady-state speed of a pool: the corpus once, then twice; the difference is the time the second
 * copy took, with worker start-up (loading gazetteers, JIT warm-up) cancelled out.
 */
async function steadyWorkers(docs: SourceDocument[], workers: number): Promise<{ once: number; steady: number }> {
  const once = await timeWorkers(docs, workers);
  const twice = await timeWorkers([...docs, ...docs], workers);
  return { once, steady: Math.max(1, twice - once) };
}

/** In a child process: stream n articles through extraction and graph building; print peak RSS in MB. */
async function rssChild(n: number): Promise<void> {
  const extractions: DocExtraction[] = [];
  for await (const r of extractStream(items(n), { workers: 1 })) if (r.kind === "extraction") extractions.push(r.extraction);
  const graph = buildGraph(extractions);
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024, nodes: graph.order, edges: graph.size }));
}

function peakRss(n: number): { rssMb: number; nodes: number; edges: number } {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, self, "--rss-child", String(n)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench: memory run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { rssMb: number; nodes: number; edges: number };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.rssChild !== undefined) return rssChild(opts.rssChild);
  const docs = Array.from({ length: opts.docs }, (_, i) => syntheticArticle(i));
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  console.log(`bench: ${docs.length} synthetic articles, ${words.toLocaleString("en-US")} words (templates + world-countries gazetteer)`);
  const warm = docs.slice(0, 30);
  timeSync(warm, (d) => extractDocument(d));
  timeSync(warm, (d) => nlp(d.text));
  // Interleaved in chunks, so both see the same machine load (the machine may be shared).
  let ours = 0;
  let bare = 0;
  for (let i = 0; i < docs.length; i += 50) {
    const chunk = docs.slice(i, i + 50);
    ours += timeSync(chunk, (d) => extractDocument(d));
    bare += timeSync(chunk, (d) => nlp(d.text));
  }
  const oursRate = words / ours;
  const bareRate = words / bare;
  console.log(`kg extract, 1 core (in-process):     ${rate(words, ours)}  (${(ours / 1000).toFixed(1)} s)`);
  console.log(`compromise nlp(text), 1 core:        ${rate(words, bare)}  (bare tagging, same text, interleaved)`);
  console.log(`ratio kg / compromise:               ${(oursRate / bareRate).toFixed(2)}x`);
  const two = await steadyWorkers(docs, 2);
  const twoRate = words / two.steady;
  console.log(`kg extract, 2 worker threads:        ${rate(words, two.steady)} steady, ${rate(words, two.once)} with start-up`);
  console.log(`speed-up with 2 workers:             ${(twoRate / oursRate).toFixed(2)}x steady, ${(ours / two.once).toFixed(2)}x with start-up`);
  const cpu = await cpuScaling();
  console.log(`machine check, 2 busy threads vs 1:  ${cpu.toFixed(2)}x (about 2 when 2 cores are free; lower means other load)`);
  if (opts.skipRss) return;
  const half = Math.max(1, Math.floor(opts.rssDocs / 2));
  for (const n of [half, half * 2]) {
    const r = peakRss(n);
    console.log(`peak RSS, ${String(n).padStart(6)} articles streamed:  ${r.rssMb.toFixed(0)} MB  (${r.nodes} nodes, ${r.edges} edges)`);
  }
}

await main();
