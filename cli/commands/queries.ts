// `kg queries [--json]`: the named query library with parameters and example values.
import type { Command } from "commander";

export function defineQueries(program: Command): void {
  program
    .command("queries")
    .description("list the named queries (queries/*.cypher) with their parameters")
    .option("--json", "print [{name, description, params: [{name, type, example}]}]")
    .action(async (opts: { json?: boolean }) => {
      const { listQueries } = await import("../../queries/index.js");
      const list = listQueries();
      if (opts.json) {
        const out = list.map((q) => ({
          name: q.name,
          description: q.description,
          params: q.params.map((p) => ({ name: p.name, type: p.type, example: p.example, optional: p.optional, description: p.description })),
        }));
        process.stdout.write(JSON.stringify(out, null, 2) + "\n");
        return;
      }
      const lines = list.map((q) => {
        const params = q.params.map((p) => `--param ${p.name}=${typeof p.example === "string" ? JSON.stringify(p.example) : String(p.example)}${p.optional ? " (optional)" : ""}`);
        return `${q.name}\n  ${q.description}\n${params.length ? `  kg query ${q.name} ${params.join(" ")}\n` : ""}`;
      });
      process.stdout.write(lines.join(""));
    });
}
