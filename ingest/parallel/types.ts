// Messages between the extraction pool and its worker threads, and the pool's options.
import type { DocExtraction, SourceDocument } from "../../graph/types.js";
import type { ExtractOptions } from "../extract/index.js";

export interface PoolOptions {
  /** Worker threads; 1 (or 0) extracts in this thread. */
  workers: number;
  /** Passed to extractDocument in every worker (must be structured-cloneable). */
  extract?: ExtractOptions;
  /** Documents read ahead of the oldest unfinished one (bounds memory). Default 4 per worker. */
  maxInFlight?: number;
}

export interface WorkerTask {
  seq: number;
  source: SourceDocument;
}

export type WorkerReply =
  | { seq: number; ok: true; extraction: DocExtraction }
  | { seq: number; ok: false; message: string; stack?: string };

export interface WorkerInit {
  extract: ExtractOptions;
}
