// Child-process runs for the extraction bench: `kg extract` on a corpus folder, cold, with its wall time and peak RSS.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticArticle } from "./corpus.js";

export interface RunResult {
  /** Wall time of the whole run in the child (module loading, reading, extraction, graph, output). */
  ms: number;
  /** CPU time of the child, all its threads (V8's compiler and GC threads included). */
  cpuMs: number;
  /** CPU time of the child's main thread alone (Linux; undefined elsewhere): the rest is worker threads, V8's compiler and GC. */
  mainCpuMs?: number;
  rssMb: number;
  nodes: number;
  edges: number;
}

/** Writes synthetic articles 0..n-1 as .txt files into a new temporary folder; remove it with `dropCorpus`. */
export function writeCorpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-"));
  mkdirSync(join(dir, "articles"));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "articles", `a${String(i).padStart(6, "0")}.txt`), syntheticArticle(i).text);
  return dir;
}

export function dropCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `kg extract <dir>/articles --workers N --out <dir>/graph.json` in a fresh process (this file's --run-child). */
export function coldRun(dir: string, workers: number): RunResult {
  const self = fileURLToPath(new URL("./extract.js", import.meta.url));
  const r = spawnSync(process.execPath, [self, "--run-child", dir, String(workers)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench: kg extract run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as RunResult;
}

/** In the child: the CLI's own code path, then the figures as one JSON line on stdout. */
export async function runChild(dir: string, workers: number): Promise<void> {
  const t0 = performance.now();
  const { runExtract } = await import("../cli/extract-run.js");
  const out = join(dir, "graph.json");
  await runExtract([join(dir, "articles")], { workers, quiet: true, out });
  const ms = performance.now() - t0;
  const rssMb = process.resourceUsage().maxRSS / 1024; // before the check below reads the graph back
  const cpu = process.cpuUsage();
  const mainCpuMs = mainThreadCpuMs();
  const graph = JSON.parse(readFileSync(out, "utf8")) as { nodes: unknown[]; edges: unknown[] };
  const result: RunResult = { ms, cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs, rssMb, nodes: graph.nodes.length, edges: graph.edges.length };
  process.stdout.write(JSON.stringify(result));
}

/** User + system CPU of this process's main thread, from /proc (clock ticks of 10 ms); undefined off Linux. */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
