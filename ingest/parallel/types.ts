// Messages between the extraction pool and its worker threads, and the pool's options.
import type { DocExtraction, SourceDocument } from "../../graph/types.js";
import type { ExtractOptions } from "../extract/index.js";
import type { InputFile, ReadOptions } from "../read/index.js";
import type { WorkerPool } from "./pool.js";

export interface PoolOptions {
  /** Threads extracting, the calling thread included (see `mainThread`); 1 (or 0) extracts in this thread only. */
  workers: number;
  /** Passed to extractDocument in every worker (must be structured-cloneable: no custom stages). */
  extract?: ExtractOptions;
  /** For `extractFiles`: how files are read (in the workers). */
  read?: ReadOptions;
  /** Documents (or files) read ahead of the oldest unfinished one (bounds memory). Default 12 per thread. */
  maxInFlight?: number;
  /**
   * The calling thread is one of the `workers` (default true): it extracts while worker threads start up
   * and whenever they have enough queued, and `workers - 1` threads are spawned. false: `workers`
   * threads do all extraction and this thread only feeds and collects.
   */
  mainThread?: boolean;
  /**
   * Worker threads started earlier (`new WorkerPool(...)` with `workers - 1` threads, or `workers` when
   * `mainThread` is false), so they load while the caller loads the extraction code; closed at the end.
   */
  pool?: WorkerPool;
}

/** Work for a thread: a document already read, or a file to read and extract. */
export type WorkerTask = { seq: number; source: SourceDocument } | { seq: number; file: InputFile; read: ReadOptions };

/** An extraction, or a problem as plain data (errors lose their class when posted between threads). */
export type WireItem =
  | { kind: "extraction"; extraction: DocExtraction }
  | { kind: "input-issue"; file: string; reason: string; skipped: boolean }
  | { kind: "extract-issue"; stage: string; docId: string; message: string };

/** A worker's answer: the items, (the fast path) the items as one JSON string, or "warmed up, send work". */
export type WorkerReply = { seq: number; items: WireItem[] } | { seq: number; json: string } | { ready: true };

export interface WorkerInit {
  extract: ExtractOptions;
}
