// Options and results of reading articles: documents in input order, with one InputError per bad file.
import type { InputError } from "../../graph/errors.js";
import type { SourceDocument } from "../../graph/types.js";

export const INPUT_FORMATS = ["txt", "md", "html", "json", "jsonl"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface ReadOptions {
  /** Bytes read from one file; longer files are truncated at a paragraph break, with a warning. Default 5 MB. */
  maxBytes?: number;
  /** Skip documents that do not look like English (default true); false keeps them with a warning. */
  skipNonEnglish?: boolean;
}

export const DEFAULT_READ_OPTIONS: Required<ReadOptions> = {
  maxBytes: 5 * 1024 * 1024,
  skipNonEnglish: true,
};

/** One input file found on disk, with its document id (basename, or path relative to the common root on clashes). */
export interface InputFile {
  path: string;
  id: string;
  format: InputFormat | undefined;
}

/** What reading yields, in input order: a document, or a file skipped or truncated with the reason. */
export type ReadItem = { kind: "doc"; doc: SourceDocument } | { kind: "issue"; error: InputError };

/** A leading metadata header: where the article text starts, and what it said. */
export interface HeaderInfo {
  date?: string;
  title?: string;
  url?: string;
  /** Offset of the first character after the header (0 when there is none). */
  bodyStart: number;
}
