// `kg load graph.json`: loads a kg graph (graphology JSON from `kg extract`) into Neo4j, idempotently.
import type { Command } from "commander";

export function defineLoad(program: Command): void {
  program
    .command("load")
    .description("load a graph.json (from `kg extract` or `kg export --format json`) into Neo4j")
    .argument("<graph>", "graphology JSON file")
    .option("--batch-size <n>", "rows per transaction", "2000")
    .option("-s, --schema <file>", "schema whose relation types are allowed (default: schema/default.json)")
    .action(async (file: string, opts: { batchSize: string; schema?: string }) => {
      const { readGraphFile } = await import("../../graph/export/node.js");
      const { openStore } = await import("../../graph/store/index.js");
      const kg = readGraphFile(file);
      const { loadSchema } = await import("../../ingest/schema.js");
      const relationTypes = opts.schema ? loadSchema(opts.schema).relations.map((r) => r.name) : undefined;
      const store = await openStore();
      try {
        const s = await store.load(kg, { batchSize: Number(opts.batchSize), ...(relationTypes ? { relationTypes } : {}) });
        console.error(
          `loaded ${file} into ${store.config.uri}: ${s.documents} documents, ${s.entities} entities, ` +
            `${s.mentions} mentions, ${s.relationships} relationships in ${(s.ms / 1000).toFixed(1)} s` +
            (s.replacedDocuments.length ? `; replaced changed documents: ${s.replacedDocuments.join(", ")}` : ""),
        );
      } finally {
        await store.close();
      }
    });
}
