// `kg extract`: discover -> read + extract (worker pool) -> merge -> write, reporting bad files as it goes.
import { rename, writeFile } from "node:fs/promises";
import { buildGraph } from "../graph/build/index.js";
import { ExtractionError, InputError, KgError } from "../graph/errors.js";
import type { DocExtraction } from "../graph/types.js";
import { defaultSchema, defaultWorkers, discoverInputs, extractFiles, loadSchema } from "../ingest/index.js";
import type { ExtractCommandOptions } from "./commands/extract.js";
import { serializeGraph } from "./extract-serialize.js";
import { startProgress } from "./extract-progress.js";

/** Exit code when a graph was written but some input was skipped or truncated. */
export const EXIT_PARTIAL = 3;

/** Runs `kg extract`; returns the exit code (0, or EXIT_PARTIAL). Throws KgError when nothing could be read. */
export async function runExtract(paths: string[], opts: ExtractCommandOptions): Promise<number> {
  const started = Date.now();
  const schema = opts.schema ? loadSchema(opts.schema) : defaultSchema();
  const { files, issues } = await discoverInputs(paths);
  const workers = Math.floor(opts.workers ?? defaultWorkers(files.length));
  let problems = 0;
  const report = (error: KgError): void => {
    problems++;
    progress.log(issueLine(error));
  };
  const progress = startProgress(files.length, !opts.quiet && process.stderr.isTTY === true && files.length >= 20);
  for (const issue of issues) report(issue);
  const readOptions = { skipNonEnglish: !opts.keepNonEnglish, ...(opts.maxMb ? { maxBytes: Math.floor(opts.maxMb * 1024 * 1024) } : {}) };
  const extractions: DocExtraction[] = [];
  try {
    // Workers read their files too, so HTML parsing scales with them; results come back in input order.
    for await (const item of extractFiles(files, { workers, extract: { schema }, read: readOptions })) {
      if (item.kind === "issue") report(item.error);
      else extractions.push(item.extraction);
      progress.tick();
    }
  } finally {
    progress.stop();
  }
  if (extractions.length === 0)
    throw new KgError(`extract: no article could be read from ${paths.join(" ")} (${problems} problem${problems === 1 ? "" : "s"} above)`);
  const graph = buildGraph(extractions, { schema, generator: "kg extract" });
  await writeOutput(serializeGraph(graph), opts.out);
  if (!opts.quiet)
    console.error(
      `kg: ${extractions.length} document${extractions.length === 1 ? "" : "s"} -> ${graph.order} entities, ` +
        `${graph.size} relations` +
        `${opts.out ? ` in ${opts.out}` : ""} (${((Date.now() - started) / 1000).toFixed(1)} s, ${workers} worker${workers === 1 ? "" : "s"}` +
        `${problems ? `, ${problems} file${problems === 1 ? "" : "s"} skipped or truncated` : ""})`,
    );
  return problems > 0 ? EXIT_PARTIAL : 0;
}

/** One line per bad input: "kg: skipped foo.bin: binary file (NUL bytes)". */
export function issueLine(error: KgError): string {
  if (error instanceof InputError) return `kg: ${error.skipped ? "skipped" : "warning"} ${error.file}: ${error.reason}`;
  if (error instanceof ExtractionError) return `kg: skipped ${error.docId}: extraction failed: ${error.message}`;
  return `kg: skipped: ${error.message}`;
}

async function writeOutput(json: string, out: string | undefined): Promise<void> {
  if (!out) {
    await new Promise<void>((resolve, reject) => process.stdout.write(json, (err) => (err ? reject(err) : resolve())));
    return;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, json);
    await rename(tmp, out);
  } catch (err) {
    throw new KgError(`extract: cannot write ${out}: ${(err as Error).message}`, { cause: err });
  }
}
