// Ordered, bounded parallel extraction: documents or files stream in, extractions stream out in input order.
import type { SourceDocument } from "../../graph/types.js";
import type { InputFile, ReadItem } from "../read/index.js";
import { WorkerPool } from "./pool.js";
import type { PoolOptions, WireItem } from "./types.js";
import { extractSource, fromWire, runTask, toWire, type ExtractItem } from "./work.js";

/**
 * Extracts every document of `items` on `workers` threads (in this thread when workers <= 1); reading
 * happens in the caller. At most `maxInFlight` documents are held at once; results keep the input
 * order, so the output is the same for any number of workers.
 * @example for await (const r of extractStream(readDocuments(paths), { workers: 2 })) ...
 */
export async function* extractStream(items: AsyncIterable<ReadItem>, options: PoolOptions): AsyncGenerator<ExtractItem> {
  const extract = options.extract ?? {};
  if (options.workers <= 1) {
    for await (const item of items) yield item.kind === "issue" ? item : fromWire(extractSource(item.doc, extract));
    return;
  }
  yield* ordered(items, options, (pool, item) =>
    item.kind === "issue" ? Promise.resolve([toWire(item)]) : pool.run({ source: item.doc as SourceDocument }),
  );
}

/**
 * Reads and extracts `files` (from `discoverInputs`) with the reading done in the worker threads too,
 * so HTML parsing scales with the workers. Same ordering and bounds as `extractStream`.
 */
export async function* extractFiles(files: InputFile[], options: PoolOptions): AsyncGenerator<ExtractItem> {
  const read = options.read ?? {};
  if (options.workers <= 1) {
    for (const file of files) for (const item of await runTask({ seq: 0, file, read }, options.extract ?? {})) yield fromWire(item);
    return;
  }
  async function* each(): AsyncGenerator<InputFile> {
    yield* files;
  }
  yield* ordered(each(), options, (pool, file) => pool.run({ file, read }));
}

async function* ordered<T>(
  inputs: AsyncIterable<T>,
  options: PoolOptions,
  submit: (pool: WorkerPool, input: T) => Promise<WireItem[]>,
): AsyncGenerator<ExtractItem> {
  const pool = new WorkerPool(options);
  const limit = options.maxInFlight ?? options.workers * 4;
  const queue: Array<Promise<WireItem[]>> = [];
  try {
    for await (const input of inputs) {
      queue.push(submit(pool, input));
      while (queue.length >= limit) for (const item of await queue.shift()!) yield fromWire(item);
    }
    while (queue.length > 0) for (const item of await queue.shift()!) yield fromWire(item);
  } finally {
    await pool.close();
  }
}
