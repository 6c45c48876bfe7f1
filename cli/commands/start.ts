// `kg start` (npm start): extract the bundled example articles and open the viewer on them.
import type { Command } from "commander";

export function defineStart(program: Command): void {
  program
    .command("start")
    .description("extract the bundled examples, load them into Neo4j when one runs, and serve the viewer")
    .option("-p, --port <n>", "port (0 picks a free one)", "5173")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--examples <dir>", "articles to extract instead of the bundled examples/")
    .option("--no-neo4j", "serve the extracted graph file even when Neo4j is available")
    .option("--no-open", "do not open a browser")
    .action(async (opts: { port: string; host: string; examples?: string; neo4j: boolean; open: boolean }) => {
      const { runStart } = await import("../../viewer/server/run-start.js");
      await runStart(opts);
    });
}
