// `kg serve`: the graph viewer in the browser, over a graph.json file or Neo4j.
import type { Command } from "commander";

export interface ServeOptions {
  port?: string;
  host?: string;
  graph?: string;
  maxNodes?: string;
}

/** The listening options `kg serve` and `kg start` share. */
export function withListenOptions(command: Command): Command {
  return command
    .option("-p, --port <n>", "port (0 picks a free one)", "5173")
    .option("--host <host>", "interface to listen on", "127.0.0.1");
}

export function defineServe(program: Command): void {
  withListenOptions(program.command("serve").description("serve the graph viewer (on 127.0.0.1) over a graph.json file or Neo4j"))
    .option("-g, --graph <file>", "graph.json from `kg extract` (default: Neo4j when available)")
    .option("--max-nodes <n>", "over Neo4j: entities loaded at start (the best-attested; search and expand reach the rest)", "20000")
    .action(async (opts: ServeOptions) => {
      const { runServe } = await import("../../viewer/server/run-serve.js");
      await runServe(opts);
    });
}
