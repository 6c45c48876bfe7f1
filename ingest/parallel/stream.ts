// Ordered, bounded parallel extraction: documents or files stream in, extractions stream out in input order.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { SourceDocument } from "../../graph/types.js";
import type { InputFile, ReadItem } from "../read/index.js";
import { WorkerPool } from "./pool.js";
import type { PoolOptions, WireItem } from "./types.js";
import { extractSource, fromWire, runTask, toWire, warmUp, type ExtractItem } from "./work.js";

/** Tasks queued per worker thread before the calling thread takes the next document itself: enough that a
 * worker does not run dry while the calling thread is busy with a document or with folding results. */
const QUEUED_PER_WORKER = 6;
/** Default bound on inputs held at once (read, in a queue, or extracted but not yet passed on), per thread. */
const IN_FLIGHT_PER_THREAD = 12;

/**
 * Extracts every document of `items` on `workers` threads (in this thread when workers <= 1); reading
 * happens in the caller. At most `maxInFlight` documents are held at once; results keep the input
 * order, so the output is the same for any number of workers.
 * @example for await (const r of extractStream(readDocuments(paths), { workers: 2 })) ...
 */
export async function* extractStream(items: AsyncIterable<ReadItem>, options: PoolOptions): AsyncGenerator<ExtractItem> {
  const extract = options.extract ?? {};
  const here = async (item: ReadItem): Promise<WireItem[]> => [item.kind === "issue" ? toWire(item) : extractSource(item.doc, extract)];
  if (options.workers <= 1) {
    await options.pool?.close();
    for await (const item of items) yield item.kind === "issue" ? item : fromWire(extractSource(item.doc, extract));
    return;
  }
  yield* ordered(items, options, here, (pool, item) =>
    item.kind === "issue" ? Promise.resolve([toWire(item)]) : pool.run({ source: item.doc as SourceDocument }),
  );
}

/**
 * Reads and extracts `files` (from `discoverInputs`) with the reading done in the worker threads too,
 * so HTML parsing scales with the workers. Same ordering and bounds as `extractStream`.
 */
export async function* extractFiles(files: InputFile[], options: PoolOptions): AsyncGenerator<ExtractItem> {
  const read = options.read ?? {};
  const here = (file: InputFile): Promise<WireItem[]> => runTask({ seq: 0, file, read }, options.extract ?? {});
  if (options.workers <= 1) {
    await options.pool?.close();
    for (const file of files) for (const item of await here(file)) yield fromWire(item);
    return;
  }
  async function* each(): AsyncGenerator<InputFile> {
    yield* files;
  }
  yield* ordered(each(), options, here, (pool, file) => pool.run({ file, read }));
}

interface Slot {
  items?: WireItem[];
  done: Promise<WireItem[]>;
}

/**
 * The scheduler: an input goes to a worker thread with room in its queue, else (when the calling thread
 * takes part) it is extracted right here; results leave in input order. While the threads start, each
 * worker gets a first queue of inputs (it begins on them the moment it has loaded) and the calling
 * thread loads its own lazy data meanwhile, so neither waits for the other.
 */
async function* ordered<T>(
  inputs: AsyncIterable<T>,
  options: PoolOptions,
  here: (input: T) => Promise<WireItem[]>,
  submit: (pool: WorkerPool, input: T) => Promise<WireItem[]>,
): AsyncGenerator<ExtractItem> {
  const mainThread = options.mainThread ?? true;
  const pool = options.pool ?? new WorkerPool({ ...options, workers: mainThread ? options.workers - 1 : options.workers });
  const limit = Math.max(1, options.maxInFlight ?? options.workers * IN_FLIGHT_PER_THREAD);
  const queue: Slot[] = [];
  const push = (done: Promise<WireItem[]>): void => {
    const slot: Slot = { done };
    void done.then((items) => (slot.items = items));
    queue.push(slot);
  };
  let primed = mainThread ? Math.min(QUEUED_PER_WORKER * pool.size, limit - 1) : 0;
  let warm = !mainThread;
  try {
    for await (const input of inputs) {
      if (primed > 0 || !mainThread || pool.hasRoom(QUEUED_PER_WORKER)) {
        primed--;
        push(submit(pool, input));
      } else {
        if (!warm) warmUp(options.extract ?? {}); // the one long stretch; the workers have their first queue
        warm = true;
        const items = await here(input);
        queue.push({ items, done: Promise.resolve(items) });
        await nextTurn(); // lets worker replies and "ready" messages in
      }
      while (queue.length > 0 && (queue[0]!.items || queue.length >= limit)) for (const item of await queue.shift()!.done) yield fromWire(item);
    }
    while (queue.length > 0) for (const item of await queue.shift()!.done) yield fromWire(item);
  } finally {
    await pool.close();
  }
}
