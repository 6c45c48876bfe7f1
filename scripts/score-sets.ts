// Pooled scores over annotated sets: the whole pipeline per set, scored with the shared scorer, summed.
//   npx tsx scripts/score-sets.ts [--prefix train-] [--sets a,b] [--by-type] [--log fn|fp|all] [--json]
// Never runs blind* sets (they are the honest measure and are scored only by the quality test).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildGraph, toSerializedKg } from "../graph/build/index.js";
import type { DocExtraction } from "../graph/types.js";
import { defaultSchema, discoverInputs, extractFiles } from "../ingest/index.js";

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
interface SetScore {
  entities: Counts;
  relations: Counts;
  log: string[];
}
type Scorer = (gold: unknown, graph: unknown) => SetScore;

const root = fileURLToPath(new URL("../", import.meta.url));
const fixtures = `${root}tests/fixtures`;

function option(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The sets to score: named ones, or every fixture set starting with the prefix; never blind*. */
function chooseSets(argv: string[]): string[] {
  const named = option(argv, "--sets")?.split(",");
  const prefix = option(argv, "--prefix") ?? "train-";
  const all = named ?? readdirSync(fixtures).filter((d) => d.startsWith(prefix));
  return all.filter((d) => !d.startsWith("blind") && existsSync(`${fixtures}/${d}/gold.json`)).sort();
}

async function scoreSet(name: string, score: Scorer): Promise<SetScore> {
  const schema = defaultSchema();
  const { files } = await discoverInputs([`${fixtures}/${name}/articles`]);
  const extractions: DocExtraction[] = [];
  for await (const item of extractFiles(files, { workers: 1, extract: { schema } })) if (item.kind === "extraction") extractions.push(item.extraction);
  const graph = JSON.parse(JSON.stringify(toSerializedKg(buildGraph(extractions, { schema }))));
  return score(JSON.parse(readFileSync(`${fixtures}/${name}/gold.json`, "utf8")), graph);
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
function line(label: string, c: Counts): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${label.padEnd(10)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
}

/** "FN relation a -[LEADS]-> b" -> "FN LEADS"; "FP relation LEADS x -> y" -> "FP LEADS"; entities by type. */
function kind(entry: string): string | undefined {
  const fn = /^FN relation \S+ -\[(\w+)\]->/.exec(entry);
  if (fn) return `FN ${fn[1]}`;
  const fp = /^FP relation (\w+) /.exec(entry);
  if (fp) return `FP ${fp[1]}`;
  const ent = /^(FN entity|FP entity|TYPE error|DUPLICATE)\s+(\w+)?/.exec(entry);
  return ent ? `${ent[1]} ${ent[2] ?? ""}`.trim() : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { score } = (await import(pathToFileURL(`${root}../shared/eval/score.mjs`).href)) as { score: Scorer };
  const logMode = option(argv, "--log");
  let ent: Counts = { tp: 0, fp: 0, fn: 0 };
  let rel: Counts = { tp: 0, fp: 0, fn: 0 };
  const kinds = new Map<string, number>();
  for (const name of chooseSets(argv)) {
    const s = await scoreSet(name, score);
    ent = add(ent, s.entities);
    rel = add(rel, s.relations);
    if (!argv.includes("--json")) console.log(`${name.padEnd(14)} ${line("entities", s.entities)} | ${line("relations", s.relations)}`);
    for (const entry of s.log) {
      const k = kind(entry);
      if (k) kinds.set(k, (kinds.get(k) ?? 0) + 1);
      if (logMode === "all" || (logMode === "fn" && entry.startsWith("FN")) || (logMode === "fp" && entry.startsWith("FP"))) console.log(`  ${name}: ${entry}`);
    }
  }
  if (argv.includes("--json")) return void console.log(JSON.stringify({ entities: ent, relations: rel }));
  console.log(line("POOLED ent", ent));
  console.log(line("POOLED rel", rel));
  if (argv.includes("--by-type")) for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} ${k}`);
}

await main();
