// Starts one extraction worker, from the compiled .js or (under tsx / vitest) from the TypeScript source.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { freshBundle } from "./bundle.js";
import type { WorkerInit } from "./types.js";

/**
 * A worker's young generation (V8's default is 48 MB here). A worker allocates ~1 MB of short-lived data per document
 * and keeps little, so a larger nursery means fewer scavenges: 63-66 -> 44-45 in the worker of a 2,000-file run with
 * 2 threads (3 runs each). Only workers: the calling thread's heap is sized by process flags and holds the graph.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * A worker running worker.js next to this file (its one-file bundle when fresh: see bundle.ts). From TypeScript sources (development, tests) the
 * worker first registers tsx's loader in its own thread, then imports worker.ts: Node cannot start
 * a .ts file by itself, and `--import tsx` in a worker's execArgv does not reach eval'd workers.
 */
export function spawnWorker(init: WorkerInit): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) {
    const worker = new URL("./worker.js", here);
    return new Worker(freshBundle(worker) ?? worker, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  }
  const entry = JSON.stringify(new URL("./worker.ts", here).href);
  const api = JSON.stringify(tsxApi());
  const code = `import(${api}).then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(code, { eval: true, workerData: init, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
}

/** tsx's ESM API (tsx/esm/api), found from the package folder so any export condition works. */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("tsx/package.json");
  return pathToFileURL(pkg.replace(/package\.json$/, "dist/esm/api/index.mjs")).href;
}
