// Decoded file text to SourceDocuments, one builder a format (pure: no I/O).
import { createHash } from "node:crypto";
import type { SourceDocument } from "../../graph/types.js";
import { findRegions } from "./boilerplate.js";
import { parseHeader } from "./header.js";
import { readHtml } from "./html.js";
import { maskMarkdown } from "./markdown.js";
import type { InputFile } from "./types.js";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** A .txt article: the text is the file's text; the header line and boilerplate are left out of the regions. */
export function textDocument(file: InputFile, text: string, hash = sha256(text)): SourceDocument {
  const header = parseHeader(text);
  const regions = findRegions(text, header.bodyStart);
  const title = header.title ?? headline(text, regions);
  return { info: info(file, text, hash, { ...header, title }), text, regions };
}

/** A Markdown article: markup masked with spaces (same length, same offsets), front matter read. */
export function markdownDocument(file: InputFile, raw: string, hash = sha256(raw)): SourceDocument {
  const header = parseHeader(raw);
  const text = maskMarkdown(raw);
  const regions = findRegions(text, header.bodyStart);
  const heading = /^#[ \t]+(.+)$/m.exec(raw.slice(header.bodyStart))?.[1]?.trim();
  return { info: info(file, raw, hash, { ...header, title: header.title ?? heading }), text, regions };
}

/** An HTML page: Readability's main text with a map from text offsets to file offsets. */
export function htmlDocument(file: InputFile, raw: string, hash = sha256(raw)): SourceDocument {
  const page = readHtml(raw);
  const header = parseHeader(page.text);
  const regions = header.bodyStart > 0 ? findRegions(page.text, header.bodyStart) : page.regions;
  const meta = { title: page.title, date: page.date ?? header.date, url: page.url };
  return { info: info(file, raw, hash, meta), text: page.text, regions, offsetMap: page.offsetMap };
}

/** The first line as a title when it stands alone (a line break follows), is short and has no final stop. */
function headline(text: string, regions: Array<[number, number]>): string | undefined {
  const first = regions[0];
  if (!first) return undefined;
  const nl = text.indexOf("\n", first[0]);
  if (nl < 0 || nl >= first[1]) return undefined;
  const line = text.slice(first[0], nl).trim();
  return line.length > 0 && line.length <= 160 && !/[.!?:;,"”]$/.test(line) ? line : undefined;
}

function info(
  file: InputFile,
  fileText: string,
  hash: string,
  meta: { title?: string; date?: string; url?: string },
): SourceDocument["info"] {
  const out: SourceDocument["info"] = { id: file.id, path: file.path, sha256: hash, length: fileText.length };
  if (meta.title) out.title = meta.title;
  if (meta.date) out.date = meta.date;
  if (meta.url) out.url = meta.url;
  return out;
}
