// Public face of reading: files and folders in, SourceDocuments (or one issue per bad file) out, in order.
import type { SourceDocument } from "../../graph/types.js";
import { discoverInputs } from "./discover.js";
import { readInputFile } from "./read-file.js";
import type { InputFile, ReadItem, ReadOptions } from "./types.js";

export { discoverInputs, formatOf } from "./discover.js";
export { parseHeader, toIsoDate } from "./header.js";
export { findRegions, isBoilerplate } from "./boilerplate.js";
export { notEnglishReason } from "./language.js";
export { readInputFile } from "./read-file.js";
export { DEFAULT_READ_OPTIONS, INPUT_FORMATS } from "./types.js";
export type { InputFile, InputFormat, ReadItem, ReadOptions } from "./types.js";

/**
 * Streams the documents of `paths` (files and folders) in a deterministic order, one file at a time;
 * bad files come as `{kind: "issue"}` items and the rest goes on.
 * @example for await (const item of readDocuments(["examples"])) if (item.kind === "doc") use(item.doc);
 */
export async function* readDocuments(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { files, issues } = await discoverInputs(paths);
  for (const error of issues) yield { kind: "issue", error };
  yield* readFiles(files, options);
}

/** Reads already discovered files one at a time, in order (see `discoverInputs`). */
export async function* readFiles(files: InputFile[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const file of files) yield* await readInputFile(file, options);
}

/**
 * Maps a span of `source.text` to offsets in the file's text as read (identity unless the text was
 * derived, as for HTML and JSON). The end is exclusive; a span ending in an HTML entity or a JSON
 * escape ends at that escape's first character.
 * @example fileSpan(doc, 10, 15) // [10, 15] for .txt
 */
export function fileSpan(source: SourceDocument, start: number, end: number): [number, number] {
  const map = source.offsetMap;
  if (!map) return [start, end];
  if (end <= start) return [map[start] ?? 0, map[start] ?? 0];
  return [map[start]!, map[end - 1]! + 1];
}
