// `kg extract <paths...> --out graph.json`: articles in, graphology JSON out.
import type { Command } from "commander";

export function defineExtract(program: Command): void {
  program
    .command("extract")
    .description("extract a knowledge graph from articles (files or folders) into graphology JSON")
    .argument("<paths...>", "files or folders (.txt .md .html .json .jsonl)")
    .option("-o, --out <file>", "output file (default: stdout)")
    .action(async (paths: string[], opts: { out?: string }) => {
      const { runExtract } = await import("../extract-run.js");
      await runExtract(paths, opts);
    });
}
