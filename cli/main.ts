// kg's command line: registers the commands, runs one, and maps errors to one line and an exit code.
import { Command, CommanderError } from "commander";
import { KgError, UsageError } from "../graph/errors.js";
import { COMMANDS } from "./commands/index.js";

export async function main(argv: string[]): Promise<number> {
  const program = new Command("kg")
    .description("Knowledge graphs from news articles: extract, load into Neo4j, query, view, export.")
    .option("--debug", "show stack traces on errors")
    .exitOverride()
    .showHelpAfterError();
  for (const define of COMMANDS) define(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    return reportError(err, program.opts<{ debug?: boolean }>().debug ?? argv.includes("--debug"));
  }
}

/** The one place that turns an error into a line on stderr and an exit code. */
export function reportError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) return err.exitCode;
  if (err instanceof KgError) {
    console.error(`kg: ${err.message}`);
    if (debug) console.error(err.stack);
    return err instanceof UsageError ? 2 : 1;
  }
  const e = err as Error;
  console.error(`kg: internal error: ${e?.message ?? String(err)}`);
  if (debug && e?.stack) console.error(e.stack);
  else console.error("kg: run again with --debug for the stack trace");
  return 70;
}

// `kg query ... | head`: a closed pipe ends the output, not the process with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await main(process.argv);
// Let pending stdout writes flush; servers (kg serve, kg start) keep the process alive themselves.
process.exitCode = code;
