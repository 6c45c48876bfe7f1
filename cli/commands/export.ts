// `kg export`: a subgraph (query, neighbourhood or everything) from Neo4j, or a graph.json, as JSON/GraphML/GEXF/CSV/Cypher.
import type { Command } from "commander";
import { UsageError } from "../../graph/errors.js";
import type { SerializedKg } from "../../graph/types.js";

interface ExportOptions {
  query?: string;
  param: string[];
  around?: string;
  depth: string;
  graph?: string;
  format: string;
  out?: string;
}

const ALL = "MATCH (e:Entity) OPTIONAL MATCH (e)-[r]->(:Entity) RETURN e, collect(r) AS rels";

export function defineExport(program: Command): void {
  program
    .command("export")
    .description("export a subgraph from Neo4j (or a graph.json with --graph) as json | graphml | gexf | csv | cypher")
    .option("-q, --query <name|cypher>", "a named query or read-only Cypher; its nodes, relationships and paths are exported")
    .option("-p, --param <name=value>", "a query parameter (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--around <entity>", "the neighbourhood of this entity (name, alias or key)")
    .option("--depth <n>", "hops for --around", "1")
    .option("--graph <file>", "export from this graph.json instead of Neo4j")
    .option("-f, --format <format>", "json | graphml | gexf | csv | cypher", "json")
    .option("-o, --out <file>", "output file (csv: <out>.nodes.csv, .edges.csv, .documents.csv); default stdout")
    .action(async (opts: ExportOptions) => {
      const { EXPORT_FORMATS, exportGraph } = await import("../../graph/export/index.js");
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`export: --format must be one of ${EXPORT_FORMATS.join(", ")}`);
      if (opts.query && opts.around) throw new UsageError("export: use --query or --around, not both");
      const kg = opts.graph ? await fromFile(opts) : await fromNeo4j(opts);
      if (kg.nodes.length === 0) console.error("kg: warning: nothing to export (the query returned no entities, relationships or paths)");
      const files = exportGraph(kg, opts.format as never);
      await write(files, opts.out);
      console.error(`kg: exported ${kg.nodes.length} entities and ${kg.edges.length} relationships as ${opts.format}${opts.out ? ` to ${opts.out}` : ""}`);
    });
}

async function fromFile(opts: ExportOptions): Promise<SerializedKg> {
  if (opts.query) throw new UsageError("export: --query needs Neo4j; with --graph use --around or nothing");
  const { readGraphFile } = await import("../../graph/export/node.js");
  const kg = readGraphFile(opts.graph!);
  if (!opts.around) return kg;
  const { neighbourhoodOf } = await import("../../graph/export/neighbourhood.js");
  return neighbourhoodOf(kg, opts.around, depthOf(opts));
}

async function fromNeo4j(opts: ExportOptions): Promise<SerializedKg> {
  const { openStore } = await import("../../graph/store/index.js");
  const store = await openStore();
  try {
    if (opts.around) return await store.neighbourhood(opts.around, depthOf(opts));
    if (!opts.query) return await store.subgraph(ALL);
    const { coerceParams, guessParams, isQueryName, loadQuery } = await import("../../queries/index.js");
    const { parseParamFlags } = await import("./query.js");
    const raw = parseParamFlags(opts.param);
    if (isQueryName(opts.query)) {
      const q = loadQuery(opts.query);
      return await store.subgraph(q.cypher, coerceParams(q, raw));
    }
    return await store.subgraph(opts.query, guessParams(raw));
  } finally {
    await store.close();
  }
}

function depthOf(opts: ExportOptions): number {
  const d = Number(opts.depth);
  if (!Number.isInteger(d) || d < 0 || d > 6) throw new UsageError("export: --depth must be an integer from 0 to 6");
  return d;
}

async function write(files: Record<string, string>, out: string | undefined): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  if (!out) {
    for (const text of Object.values(files)) process.stdout.write(text);
    return;
  }
  const base = out.replace(/\.csv$/i, "");
  for (const [suffix, text] of Object.entries(files)) await writeFile(suffix ? `${base}${suffix}` : out, text);
}
