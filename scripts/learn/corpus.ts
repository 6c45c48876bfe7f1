// Training data: the annotated sets run through the rule pipeline, each document kept as an AnnotatedDoc.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { defaultSchema, discoverInputs, readFiles } from "../../ingest/index.js";
import { DEFAULT_STAGES, emptyDoc, runPipeline, type AnnotatedDoc } from "../../ingest/extract/index.js";

/** The annotated sets the model may learn from (never blind*: they are the honest measure). */
export const TRAIN_SETS = ["dev-eval", "dev-ent", "dev-rel", "dev-roles", "dev-southasia", "dev-events", "dev-structure", "dev-names", "holdout"];

export interface GoldFile {
  entities: Array<{ id: string; name: string; aliases?: string[]; types: string[]; optional?: boolean }>;
  relations: Array<{ head: string; type: string; tail: string; head_alt?: string[]; tail_alt?: string[]; types?: string[]; optional?: boolean; tail_any?: boolean }>;
}

export interface CorpusSet {
  name: string;
  gold: GoldFile;
  docs: AnnotatedDoc[];
}

/** Training sets present under tests/fixtures: the fixed list plus every train-* set with a gold file. */
export function trainSetNames(root: string): string[] {
  const extra = readdirSync(`${root}/tests/fixtures`).filter((d) => d.startsWith("train-") && readableGold(`${root}/tests/fixtures/${d}/gold.json`)).sort();
  return [...TRAIN_SETS, ...extra].filter((n) => !n.startsWith("blind"));
}

/** A gold file that exists and parses (a set still being written is left for the next run). */
function readableGold(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    JSON.parse(readFileSync(path, "utf8"));
    return true;
  } catch {
    console.warn(`skipping ${path}: not valid JSON yet`);
    return false;
  }
}

/** The rule pipeline up to and including the rule relations (no learned stage, no dates). */
export const RULE_STAGES = DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === "relations") + 1);

/** Reads and annotates one set. */
export async function loadSet(root: string, name: string): Promise<CorpusSet> {
  if (name.startsWith("blind")) throw new Error(`refusing to read ${name}`);
  const dir = `${root}/tests/fixtures/${name}`;
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, "utf8")) as GoldFile;
  const { files } = await discoverInputs([`${dir}/articles`]);
  const schema = defaultSchema();
  const docs: AnnotatedDoc[] = [];
  for await (const item of readFiles(files)) {
    if (item.kind !== "doc") continue;
    docs.push(runPipeline(RULE_STAGES, emptyDoc(item.doc, item.doc.info.date), { schema }));
  }
  return { name, gold, docs };
}
