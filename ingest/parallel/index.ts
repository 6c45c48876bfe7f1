// Public face of parallel extraction: a bounded, ordered worker-thread pool over documents or files.
export { extractStream, extractFiles } from "./stream.js";
export { defaultWorkers, MIN_FILES_FOR_WORKERS } from "./threads.js";
export { WorkerPool } from "./pool.js";
export type { ExtractItem } from "./work.js";
export type { PoolOptions } from "./types.js";
