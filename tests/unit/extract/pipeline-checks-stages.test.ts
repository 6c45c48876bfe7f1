// Pipeline runner: requires/provides checked before running; error policy skip or fail.
import { describe, expect, it } from "vitest";
import { analyzePipeline, emptyDoc, runPipeline, DEFAULT_STAGES } from "../../../ingest/extract/index.js";
import type { Stage } from "../../../ingest/extract/index.js";
import { ExtractionError } from "../../../graph/errors.js";
import { defaultSchema } from "../../../ingest/schema.js";
import { sourceOf } from "./helpers.js";

const boom: Stage = { name: "boom", requires: ["tokens"], provides: [], run: () => { throw new Error("bad"); } };

describe("runPipeline", () => {
  it("accepts the default stage order", () => {
    expect(analyzePipeline(DEFAULT_STAGES)).toEqual([]);
  });
  it("reports a stage whose requirement no earlier stage provides", () => {
    expect(analyzePipeline([DEFAULT_STAGES[2]!])[0]).toContain('stage "resolve" requires "tokens"');
  });
  it("skips the document with a warning, or fails, when a stage throws", () => {
    const doc = emptyDoc(sourceOf("Some text."));
    const ctx = { schema: defaultSchema() };
    const skipped = runPipeline([DEFAULT_STAGES[0]!, boom], doc, ctx, "skip");
    expect(skipped.entities).toEqual([]);
    expect(skipped.warnings[0]).toMatch(/boom: doc-1: bad/);
    expect(() => runPipeline([DEFAULT_STAGES[0]!, boom], doc, ctx, "fail")).toThrow(ExtractionError);
  });
});
