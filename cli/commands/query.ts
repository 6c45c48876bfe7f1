// `kg query <name | "cypher">`: runs a named query or ad-hoc Cypher (read-only unless --write).
import type { Command } from "commander";
import { UsageError } from "../../graph/errors.js";

interface QueryOptions {
  param: string[];
  format: string;
  write?: boolean;
}

/** `k=v` pairs from repeated --param flags. */
export function parseParamFlags(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf("=");
    if (i <= 0) throw new UsageError(`query: --param needs name=value, got "${p}"`);
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

export function defineQuery(program: Command): void {
  program
    .command("query")
    .description("run a named query (see `kg queries`) or Cypher; read-only unless --write")
    .argument("<query>", 'a query name (e.g. who-met-whom) or Cypher text ("MATCH (n:Entity) RETURN count(n)")')
    .option("-p, --param <name=value>", "a query parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("-f, --format <format>", "table | json | csv", "table")
    .option("--write", "allow ad-hoc Cypher that writes")
    .action(async (query: string, opts: QueryOptions) => {
      const { ROW_FORMATS, formatRows } = await import("../../queries/format.js");
      if (!(ROW_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`query: --format must be one of ${ROW_FORMATS.join(", ")}`);
      const { coerceParams, guessParams, isQueryName, loadQuery } = await import("../../queries/index.js");
      const raw = parseParamFlags(opts.param);
      const named = isQueryName(query) ? loadQuery(query) : undefined;
      const cypher = named ? named.cypher : query;
      const params = named ? coerceParams(named, raw) : guessParams(raw);
      const { openStore } = await import("../../graph/store/index.js");
      const store = await openStore();
      try {
        const rows = opts.write && !named ? await store.runWrite(cypher, params) : await store.runRead(cypher, params);
        process.stdout.write(formatRows(rows, opts.format as "table") + "\n");
      } finally {
        await store.close();
      }
    });
}
