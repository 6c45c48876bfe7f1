// Pipeline runner (spaCy-style): ordered stages, requires/provides checked first, error policy.
import { ExtractionError } from "../../graph/errors.js";
import type { AnnotatedDoc, Stage, StageContext } from "./types.js";

/** "fail": throw an ExtractionError; "skip": drop the document's findings and record a warning. */
export type ErrorPolicy = "fail" | "skip";

/** Fields every AnnotatedDoc has before the first stage runs. */
const INITIAL: Array<keyof AnnotatedDoc> = ["source", "date", "warnings"];

/**
 * Checks that every stage's requirements are provided by the initial document or an earlier stage.
 * @returns problems, one line each; empty when the pipeline is sound.
 */
export function analyzePipeline(stages: readonly Stage[]): string[] {
  const have = new Set<keyof AnnotatedDoc>(INITIAL);
  const problems: string[] = [];
  for (const stage of stages) {
    for (const need of stage.requires)
      if (!have.has(need)) problems.push(`stage "${stage.name}" requires "${need}", which no earlier stage provides`);
    for (const p of stage.provides) have.add(p);
  }
  return problems;
}

/** An empty annotated document ready for the first stage. */
export function emptyDoc(source: AnnotatedDoc["source"], date?: string): AnnotatedDoc {
  return { source, date, tokens: [], sentences: [], mentions: [], entities: [], relations: [], warnings: [] };
}

/** Runs stages in order; see ErrorPolicy for what happens when one throws. */
export function runPipeline(
  stages: readonly Stage[],
  doc: AnnotatedDoc,
  ctx: StageContext,
  policy: ErrorPolicy = "skip",
): AnnotatedDoc {
  const problems = analyzePipeline(stages);
  if (problems.length) throw new ExtractionError("extract", doc.source.info.id, problems.join("; "));
  let current = doc;
  for (const stage of stages) {
    try {
      current = stage.run(current, ctx);
    } catch (err) {
      const error = new ExtractionError(stage.name, doc.source.info.id, (err as Error).message ?? String(err), { cause: err });
      if (policy === "fail") throw error;
      return { ...emptyDoc(doc.source, doc.date), warnings: [...current.warnings, `${error.message} (document skipped)`] };
    }
  }
  return current;
}
