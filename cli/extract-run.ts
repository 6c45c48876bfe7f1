// `kg extract`: discover -> read + extract (worker pool) -> merge -> write, reporting bad files as it goes.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setFlagsFromString } from "node:v8";
import { GraphBuilder } from "../graph/build/index.js";
import type { BuiltGraph } from "../graph/build/built-graph.js";
import { serializedChunks } from "../graph/build/serialize-stream.js";
import { ExtractionError, InputError, KgError } from "../graph/errors.js";
import { freshBundle } from "../ingest/parallel/bundle.js";
import { WorkerPool } from "../ingest/parallel/pool.js";
import { defaultWorkers } from "../ingest/parallel/threads.js";
import { discoverInputs } from "../ingest/read/discover.js";
import { defaultSchema, loadSchema, type Schema } from "../ingest/schema.js";
import type { ExtractCommandOptions } from "./commands/extract.js";
import { startProgress } from "./extract-progress.js";

/** Exit code when a graph was written but some input was skipped or truncated. */
export const EXIT_PARTIAL = 3;

/** Options of an extraction run shared by `kg extract` and `kg ingest`. */
export type ExtractRunOptions = Pick<ExtractCommandOptions, "schema" | "workers" | "quiet" | "maxMb" | "keepNonEnglish">;

/** What an extraction run gives: the merged graph (read out lazily), and what went wrong on the way. */
export interface ExtractRun {
  graph: BuiltGraph;
  schema: Schema;
  documents: number;
  /** Files skipped or truncated (one line each was printed). */
  problems: number;
  workers: number;
}

/**
 * discover -> read + extract on the worker pool -> merge. Bad files are reported one line each and the
 * run goes on; throws KgError when no document at all could be read.
 */
export async function extractGraph(paths: string[], opts: ExtractRunOptions, generator = "kg extract"): Promise<ExtractRun> {
  limitHeapGrowth();
  const schema = opts.schema ? loadSchema(opts.schema) : defaultSchema();
  const { files, issues } = await discoverInputs(paths);
  const workers = Math.floor(opts.workers ?? defaultWorkers(files.length));
  // Worker threads start loading the extraction code and data now, while this thread loads its own copy.
  const pool = workers > 1 ? new WorkerPool({ workers: workers - 1, extract: { schema } }) : undefined;
  const { extractFiles } = await loadStream();
  let problems = 0;
  const report = (error: KgError): void => {
    problems++;
    progress.log(issueLine(error));
  };
  const progress = startProgress(files.length, !opts.quiet && process.stderr.isTTY === true && files.length >= 20);
  for (const issue of issues) report(issue);
  const readOptions = { skipNonEnglish: !opts.keepNonEnglish, ...(opts.maxMb ? { maxBytes: Math.floor(opts.maxMb * 1024 * 1024) } : {}) };
  // Each extraction is folded into the builder and dropped: memory holds the growing graph, not the documents.
  const builder = new GraphBuilder({ schema, generator });
  try {
    // Workers read their files too, so HTML parsing scales with them; results come back in input order.
    for await (const item of extractFiles(files, { workers, extract: { schema }, read: readOptions, ...(pool ? { pool } : {}) })) {
      if (item.kind === "issue") report(item.error);
      else builder.add(item.extraction);
      progress.tick();
    }
  } finally {
    progress.stop();
  }
  const documents = builder.size;
  if (documents === 0)
    throw new KgError(`extract: no article could be read from ${paths.join(" ")} (${problems} problem${problems === 1 ? "" : "s"} above)`);
  return { graph: builder.finish(), schema, documents, problems, workers };
}

/** Runs `kg extract`; returns the exit code (0, or EXIT_PARTIAL). Throws KgError when nothing could be read. */
export async function runExtract(paths: string[], opts: ExtractCommandOptions): Promise<number> {
  const started = Date.now();
  const { graph, documents, problems, workers } = await extractGraph(paths, opts);
  await writeOutput(serializedChunks(graph), opts.out); // read out one node or edge at a time while writing
  if (!opts.quiet)
    console.error(
      `kg: ${documents} document${documents === 1 ? "" : "s"} -> ${graph.order} entities, ` +
        `${graph.size} relations` +
        `${opts.out ? ` in ${opts.out}` : ""} (${((Date.now() - started) / 1000).toFixed(1)} s, ${workers} worker${workers === 1 ? "" : "s"}` +
        `${problems ? `, ${problems} file${problems === 1 ? "" : "s"} skipped or truncated` : ""})`,
    );
  return problems > 0 ? EXIT_PARTIAL : 0;
}

/** The extraction code for this thread: its one-file bundle when the build made a fresh one, else the modules. */
async function loadStream(): Promise<typeof import("../ingest/parallel/stream.js")> {
  const bundle = freshBundle(new URL("../ingest/parallel/stream.js", import.meta.url));
  return bundle ? ((await import(bundle.href)) as typeof import("../ingest/parallel/stream.js")) : import("../ingest/parallel/stream.js");
}

/** One line per bad input: "kg: skipped foo.bin: binary file (NUL bytes)". */
export function issueLine(error: KgError): string {
  if (error instanceof InputError) return `kg: ${error.skipped ? "skipped" : "warning"} ${error.file}: ${error.reason}`;
  if (error instanceof ExtractionError) return `kg: skipped ${error.docId}: extraction failed: ${error.message}`;
  return `kg: skipped: ${error.message}`;
}

/**
 * A long batch run allocates far more short-lived data than it keeps: V8's default lets the heap grow to
 * several times what is live before a full collection. A 30% margin keeps peak memory near the live graph
 * at no measurable cost in speed (bench/extract.ts measures both). Process-wide, so workers get it too.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString("--heap-growing-percent=30");
}

/** Streams chunks to stdout, or to a temporary file renamed to `out` once complete. */
async function writeOutput(chunks: Iterable<string>, out: string | undefined): Promise<void> {
  if (!out) {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
    return;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await pipeline(Readable.from(chunks), createWriteStream(tmp));
    await rename(tmp, out);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new KgError(`extract: cannot write ${out}: ${(err as Error).message}`, { cause: err });
  }
}
