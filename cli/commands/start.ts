// `kg start` (npm start): extract the bundled example articles and open the viewer on them.
import type { Command } from "commander";
import { withListenOptions } from "./serve.js";

export function defineStart(program: Command): void {
  withListenOptions(
    program.command("start").description("extract the bundled examples, load them into Neo4j when one runs, and serve the viewer"),
  )
    .option("--examples <dir>", "articles to extract instead of the bundled examples/")
    .option("--no-neo4j", "serve the extracted graph file even when Neo4j is available")
    .option("--no-open", "do not open a browser")
    .action(async (opts: { port: string; host: string; examples?: string; neo4j: boolean; open: boolean }) => {
      const { runStart } = await import("../../viewer/server/run-start.js");
      await runStart(opts);
    });
}
