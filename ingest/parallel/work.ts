// The unit of work, the same in a worker thread and in-process: read (if needed) and extract, as plain data.
import { ExtractionError, InputError, type KgError } from "../../graph/errors.js";
import type { SourceDocument } from "../../graph/types.js";
import { extractDocument, type ExtractOptions } from "../extract/index.js";
import { readInputFile, type ReadItem } from "../read/index.js";
import type { WireItem, WorkerTask } from "./types.js";

/** What the pool yields, in input order: an extraction, or an issue (a bad file, a failed document). */
export type ExtractItem = { kind: "extraction"; extraction: DocExtraction } | { kind: "issue"; error: KgError };
type DocExtraction = ReturnType<typeof extractDocument>;

/** Extracts one document; a throwing pipeline becomes an issue for that document only. */
export function extractSource(source: SourceDocument, options: ExtractOptions): WireItem {
  try {
    return { kind: "extraction", extraction: extractDocument(source, options) };
  } catch (err) {
    return { kind: "extract-issue", stage: "extract", docId: source.info.id, message: (err as Error)?.message ?? String(err) };
  }
}

const WARM_UP_TEXT =
  "Foreign Minister Ana Weiss met the National Water Authority (NWA) in Lisbon on Monday. " +
  "Militants of the River Front attacked a police station near Porto, the Interior Ministry said.";

/** Loads what extraction loads lazily (gazetteers, lexicons, date patterns) by extracting a short text. */
export function warmUp(options: ExtractOptions): void {
  const text = WARM_UP_TEXT;
  extractSource({ info: { id: "warm-up", path: "warm-up", sha256: "0".repeat(64), length: text.length }, text, regions: [[0, text.length]] }, options);
}

/** Runs one task: a document, or a file read here (one file can hold several JSON documents). */
export async function runTask(task: WorkerTask, options: ExtractOptions): Promise<WireItem[]> {
  if ("source" in task) return [extractSource(task.source, options)];
  const read = await readInputFile(task.file, task.read);
  return read.map((item) => (item.kind === "doc" ? extractSource(item.doc, options) : toWire(item)));
}

export function toWire(item: ReadItem): WireItem {
  if (item.kind === "doc") throw new Error("ingest/parallel: a document is not an issue");
  const e = item.error;
  return { kind: "input-issue", file: e.file, reason: e.reason, skipped: e.skipped };
}

/** Plain data back to the pool's items, with the error classes restored. */
export function fromWire(item: WireItem): ExtractItem {
  if (item.kind === "extraction") return item;
  if (item.kind === "input-issue") return { kind: "issue", error: new InputError(item.file, item.reason, { skipped: item.skipped }) };
  return { kind: "issue", error: new ExtractionError(item.stage, item.docId, item.message) };
}
