// `kg extract <paths...> --out graph.json`: articles in, graphology JSON out.
import { type Command, InvalidArgumentError } from "commander";

export interface ExtractCommandOptions {
  out?: string;
  schema?: string;
  workers?: number;
  quiet?: boolean;
  maxMb?: number;
  keepNonEnglish?: boolean;
}

/** Commander parser for options that take a positive number. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

export function defineExtract(program: Command): void {
  program
    .command("extract")
    .description("extract a knowledge graph from articles (files or folders) into graphology JSON")
    .argument("<paths...>", "files or folders (.txt .md .html .json .jsonl)")
    .option("-o, --out <file>", "output file (default: stdout)")
    .option("-s, --schema <file>", "schema file with your own types and trigger words (default: schema/default.json)")
    .option("-w, --workers <n>", "worker threads (default: 1, in-process, below 500 files; else one per core)", positiveNumber)
    .option("-q, --quiet", "no progress bar and no summary; skipped files are still reported")
    .option("--max-mb <n>", "read at most this many MB of one file; longer files are truncated (default 5)", positiveNumber)
    .option("--keep-non-english", "extract from documents that do not look like English instead of skipping them")
    .addHelpText(
      "after",
      "\nExit codes: 0 every document read and extracted; 3 graph written, but some files were skipped or\n" +
        "truncated (one line each on stderr); 1 nothing could be read; 2 bad usage.",
    )
    .action(async (paths: string[], opts: ExtractCommandOptions) => {
      const { runExtract } = await import("../extract-run.js");
      const code = await runExtract(paths, opts);
      if (code !== 0) process.exitCode = code;
    });
}
