// Ordered, bounded parallel extraction: documents stream in, extractions stream out in input order.
import type { Worker } from "node:worker_threads";
import { ExtractionError, InternalError, type KgError } from "../../graph/errors.js";
import type { DocExtraction, SourceDocument } from "../../graph/types.js";
import { extractDocument } from "../extract/index.js";
import type { ReadItem } from "../read/index.js";
import { spawnWorker } from "./spawn.js";
import type { PoolOptions, WorkerReply } from "./types.js";

/** What the pool yields, in input order: an extraction, or an issue (a bad file, a failed document). */
export type ExtractItem = { kind: "extraction"; extraction: DocExtraction } | { kind: "issue"; error: KgError };

interface Pending {
  resolve: (item: ExtractItem) => void;
  docId: string;
  worker: number;
}

/**
 * Extracts every document of `items` on `workers` threads (in this thread when workers <= 1).
 * At most `maxInFlight` documents are held at once; results keep the input order, so the output
 * is the same for any number of workers.
 * @example for await (const r of extractStream(readDocuments(paths), { workers: 2 })) ...
 */
export async function* extractStream(items: AsyncIterable<ReadItem>, options: PoolOptions): AsyncGenerator<ExtractItem> {
  if (options.workers <= 1) {
    for await (const item of items) yield item.kind === "issue" ? item : extractHere(item.doc, options);
    return;
  }
  const pool = new WorkerPool(options);
  const limit = options.maxInFlight ?? options.workers * 4;
  const queue: Array<Promise<ExtractItem>> = [];
  try {
    for await (const item of items) {
      queue.push(item.kind === "issue" ? Promise.resolve(item) : pool.run(item.doc));
      while (queue.length >= limit) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await pool.close();
  }
}

function extractHere(doc: SourceDocument, options: PoolOptions): ExtractItem {
  try {
    return { kind: "extraction", extraction: extractDocument(doc, options.extract) };
  } catch (err) {
    return { kind: "issue", error: new ExtractionError("extract", doc.info.id, (err as Error)?.message ?? String(err), { cause: err }) };
  }
}

class WorkerPool {
  private readonly workers: Array<Worker | undefined> = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(options: PoolOptions) {
    for (let i = 0; i < options.workers; i++) {
      const w = spawnWorker({ extract: options.extract ?? {} });
      w.on("message", (reply: WorkerReply) => this.settle(reply));
      w.on("error", (err) => this.fail(i, err));
      w.on("exit", (code) => this.fail(i, new Error(`worker exited with code ${code}`)));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  run(source: SourceDocument): Promise<ExtractItem> {
    const target = this.leastLoaded();
    const seq = this.seq++;
    return new Promise((resolve) => {
      if (target < 0) {
        resolve({ kind: "issue", error: new InternalError(`ingest/parallel: no worker left to extract ${source.info.id}`) });
        return;
      }
      this.pending.set(seq, { resolve, docId: source.info.id, worker: target });
      this.load[target]!++;
      this.workers[target]!.postMessage({ seq, source });
    });
  }

  private leastLoaded(): number {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++)
      if (this.workers[i] && (best < 0 || this.load[i]! < this.load[best]!)) best = i;
    return best;
  }

  private settle(reply: WorkerReply): void {
    const p = this.pending.get(reply.seq);
    if (!p) return;
    this.pending.delete(reply.seq);
    this.load[p.worker]!--;
    if (reply.ok) p.resolve({ kind: "extraction", extraction: reply.extraction });
    else p.resolve({ kind: "issue", error: new ExtractionError("extract", p.docId, reply.message) });
  }

  /** A worker died: its documents are reported as failed, the others carry on. */
  private fail(index: number, err: Error): void {
    if (!this.workers[index]) return;
    this.workers[index] = undefined;
    for (const [seq, p] of this.pending)
      if (p.worker === index) {
        this.pending.delete(seq);
        p.resolve({ kind: "issue", error: new ExtractionError("parallel", p.docId, `worker failed: ${err.message}`, { cause: err }) });
      }
  }

  async close(): Promise<void> {
    const alive = this.workers.filter((w): w is Worker => w !== undefined);
    this.workers.fill(undefined);
    await Promise.all(alive.map((w) => w.terminate()));
  }
}
