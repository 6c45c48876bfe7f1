// Public face of parallel extraction: a bounded, ordered worker-thread pool over a document stream.
import { availableParallelism } from "node:os";

export { extractStream, type ExtractItem } from "./pool.js";
export type { PoolOptions } from "./types.js";

/**
 * Workers worth starting for `fileCount` input files: one thread for small batches (starting a worker
 * costs more than it saves), else one per core.
 * @example defaultWorkers(5) // 1
 */
export function defaultWorkers(fileCount: number, cores = availableParallelism()): number {
  if (fileCount < 40) return 1;
  return Math.max(1, Math.min(cores, Math.ceil(fileCount / 20), 16));
}
