// How many extraction threads a batch deserves (a light module: the CLI decides before loading extraction code).
import { availableParallelism } from "node:os";

/** Below this many files, extraction stays in-process: a worker thread needs about a second of CPU to load
 * the extraction code and data (the calling thread extracts meanwhile), which only larger batches repay. */
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
