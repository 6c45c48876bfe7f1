// One input file to documents: bounded read, decode, per-format build, language check.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "../../graph/errors.js";
import type { SourceDocument } from "../../graph/types.js";
import { decodeText } from "./decode.js";
import { fsReason } from "./discover.js";
import { htmlDocument, markdownDocument, sha256, textDocument } from "./documents.js";
import { jsonDocuments } from "./json.js";
import { notEnglishReason } from "./language.js";
import type { InputFile, ReadItem, ReadOptions } from "./types.js";
import { DEFAULT_READ_OPTIONS } from "./types.js";

/**
 * Reads at most `maxBytes` of a file; says whether the file was longer and how long it is. Synchronous
 * calls: an article takes well under a millisecond, while each await of the async API hands the thread
 * to the event loop (an extraction thread then sits idle between documents).
 */
async function readBounded(path: string, maxBytes: number): Promise<{ bytes: Buffer; size: number }> {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const want = Math.min(size, maxBytes);
    const bytes = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const bytesRead = readSync(fd, bytes, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: bytes.subarray(0, got), size };
  } finally {
    closeSync(fd);
  }
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/**
 * Reads one file into documents (several for .json arrays and .jsonl) plus issues: skipped files
 * (empty, binary, invalid UTF-8, unknown type, unreadable, not English) and truncation warnings.
 */
export async function readInputFile(file: InputFile, options: ReadOptions = {}): Promise<ReadItem[]> {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  const issue = (reason: string, extra: { cause?: unknown; skipped?: boolean } = {}): ReadItem => ({
    kind: "issue",
    error: new InputError(file.path, reason, extra),
  });
  if (!file.format) return [issue(`unsupported file type (kg reads .txt .md .html .json .jsonl)`)];
  let read: { bytes: Buffer; size: number };
  try {
    read = await readBounded(file.path, opts.maxBytes);
  } catch (err) {
    return [issue(fsReason(err), { cause: err })];
  }
  const truncated = read.size > read.bytes.length;
  const decoded = decodeText(read.bytes, truncated);
  if (!decoded.ok) return [issue(decoded.reason)];
  const items: ReadItem[] = [];
  if (truncated)
    items.push(issue(`truncated to the first ${mb(opts.maxBytes)} (file is ${mb(read.size)}; see --max-mb)`, { skipped: false }));
  for (const d of buildDocuments(file, decoded.text, read.bytes)) {
    if (d instanceof InputError) items.push({ kind: "issue", error: d });
    else items.push(checkLanguage(d, opts.skipNonEnglish));
  }
  return items;
}

function buildDocuments(file: InputFile, text: string, bytes: Buffer): Array<SourceDocument | InputError> {
  const hash = sha256(bytes);
  if (file.format === "md") return [markdownDocument(file, text, hash)];
  if (file.format === "html") return [htmlDocument(file, text, hash)];
  if (file.format === "json" || file.format === "jsonl") return jsonDocuments(file, text);
  return [textDocument(file, text, hash)];
}

function checkLanguage(doc: SourceDocument, skip: boolean): ReadItem {
  const body = doc.regions.map(([s, e]) => doc.text.slice(s, e)).join("\n");
  const name = doc.info.id.includes("#") ? doc.info.id : doc.info.path;
  if (body.trim() === "") return { kind: "issue", error: new InputError(name, "no article text found") };
  const reason = notEnglishReason(body);
  if (!reason) return { kind: "doc", doc };
  if (skip) return { kind: "issue", error: new InputError(name, reason) };
  return { kind: "doc", doc };
}
