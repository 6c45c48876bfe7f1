// `kg ingest <paths...>`: extract a graph from articles (as `kg extract` does) and load it into Neo4j.
import type { Command } from "commander";
import { KgError } from "../../graph/errors.js";

interface IngestOptions {
  schema?: string;
  workers?: string;
  batchSize: string;
  keepNonEnglish?: boolean;
}

export function defineIngest(program: Command): void {
  program
    .command("ingest")
    .description("extract a knowledge graph from articles and load it into Neo4j (idempotent)")
    .argument("<paths...>", "files or folders (.txt .md .html .json .jsonl)")
    .option("-s, --schema <file>", "schema file (default: schema/default.json)")
    .option("-w, --workers <n>", "worker threads")
    .option("--batch-size <n>", "rows per transaction", "2000")
    .option("--keep-non-english", "extract from documents that do not look like English")
    .action(async (paths: string[], opts: IngestOptions) => {
      const ingest = await import("../../ingest/index.js");
      const { GraphBuilder, toSerializedKg } = await import("../../graph/build/index.js");
      const { issueLine } = await import("../extract-run.js");
      const { openStore } = await import("../../graph/store/index.js");
      // Fail fast when Neo4j is missing, before spending time on extraction.
      const store = await openStore();
      try {
        const schema = opts.schema ? ingest.loadSchema(opts.schema) : ingest.defaultSchema();
        const { files, issues } = await ingest.discoverInputs(paths);
        let problems = issues.length;
        for (const issue of issues) console.error(issueLine(issue));
        const workers = opts.workers ? Number(opts.workers) : ingest.defaultWorkers(files.length);
        const items = ingest.readFiles(files, { skipNonEnglish: !opts.keepNonEnglish });
        // Each extraction is folded into the builder and dropped, as in `kg extract`.
        const builder = new GraphBuilder({ schema });
        for await (const item of ingest.extractStream(items, { workers, extract: { schema } })) {
          if (item.kind === "issue") {
            problems++;
            console.error(issueLine(item.error));
          } else builder.add(item.extraction);
        }
        if (builder.size === 0) throw new KgError(`ingest: no article could be read from ${paths.join(" ")}`);
        const kg = toSerializedKg(builder.finish()); // straight from the builder, without a graphology copy
        const s = await store.load(kg, { batchSize: Number(opts.batchSize), relationTypes: schema.relations.map((r) => r.name) });
        console.error(
          `kg: ingested ${s.documents} documents into ${store.config.uri}: ${s.entities} entities, ${s.mentions} mentions, ` +
            `${s.relationships} relationships (${(s.ms / 1000).toFixed(1)} s load)` +
            (s.replacedDocuments.length ? `; replaced changed documents: ${s.replacedDocuments.join(", ")}` : "") +
            (problems ? `; ${problems} file${problems === 1 ? "" : "s"} skipped or truncated` : ""),
        );
        if (problems) process.exitCode = 3;
      } finally {
        await store.close();
      }
    });
}
