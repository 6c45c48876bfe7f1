// Public face of parallel extraction: a bounded, ordered worker-thread pool over documents or files.
import { availableParallelism } from "node:os";

export { extractStream, extractFiles } from "./stream.js";
export type { ExtractItem } from "./work.js";
export type { PoolOptions } from "./types.js";

/** Below this many files, extraction stays in-process: a worker thread needs 1-2 s of CPU to load the NLP
 * models and gazetteers (the calling thread extracts meanwhile), which only larger batches repay. */
export const MIN_FILES_FOR_WORKERS = 500;

/**
 * Threads worth using for `fileCount` input files (the calling thread counts as one): one (in-process)
 * for small batches, else one per core.
 * @example defaultWorkers(5) // 1
 */
export function defaultWorkers(fileCount: number, cores = availableParallelism()): number {
  if (fileCount < MIN_FILES_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(cores, 16));
}
