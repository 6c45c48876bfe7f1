// `kg ingest <paths...>`: extract a graph from articles (the same run as `kg extract`) and load it into Neo4j.
import type { Command } from "commander";
import type { ExtractCommandOptions } from "./extract.js";
import { positiveNumber } from "./extract.js";

interface IngestOptions extends Pick<ExtractCommandOptions, "schema" | "workers" | "quiet" | "maxMb" | "keepNonEnglish"> {
  batchSize: string;
}

export function defineIngest(program: Command): void {
  program
    .command("ingest")
    .description("extract a knowledge graph from articles and load it into Neo4j (idempotent)")
    .argument("<paths...>", "files or folders (.txt .md .html .json .jsonl)")
    .option("-s, --schema <file>", "schema file (default: schema/default.json)")
    .option("-w, --workers <n>", "worker threads (default: 1, in-process, below 500 files; else one per core)", positiveNumber)
    .option("-q, --quiet", "no progress bar; skipped files and the summary are still reported")
    .option("--max-mb <n>", "read at most this many MB of one file; longer files are truncated (default 5)", positiveNumber)
    .option("--batch-size <n>", "rows per transaction", "2000")
    .option("--keep-non-english", "extract from documents that do not look like English")
    .addHelpText("after", "\nExit codes: 0 all loaded; 3 loaded, but some files were skipped or truncated; 1 nothing read or Neo4j unavailable; 2 bad usage.")
    .action(async (paths: string[], opts: IngestOptions) => {
      const { EXIT_PARTIAL, extractGraph } = await import("../extract-run.js");
      const { toSerializedKg } = await import("../../graph/build/index.js");
      const { openStore } = await import("../../graph/store/index.js");
      // Fail fast when Neo4j is missing, before spending time on extraction.
      const store = await openStore();
      try {
        const run = await extractGraph(paths, opts, "kg ingest");
        const kg = toSerializedKg(run.graph); // straight from the builder, without a graphology copy
        const s = await store.load(kg, { batchSize: Number(opts.batchSize), relationTypes: run.schema.relations.map((r) => r.name) });
        console.error(
          `kg: ingested ${s.documents} documents into ${store.config.uri}: ${s.entities} entities, ${s.mentions} mentions, ` +
            `${s.relationships} relationships (${(s.ms / 1000).toFixed(1)} s load)` +
            (s.replacedDocuments.length ? `; replaced changed documents: ${s.replacedDocuments.join(", ")}` : "") +
            (run.problems ? `; ${run.problems} file${run.problems === 1 ? "" : "s"} skipped or truncated` : ""),
        );
        if (run.problems) process.exitCode = EXIT_PARTIAL;
      } finally {
        await store.close();
      }
    });
}
