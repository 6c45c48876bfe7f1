// .json and .jsonl articles: one document per object with a "text" field, offsets into the JSON file.
import { InputError } from "../../graph/errors.js";
import type { SourceDocument } from "../../graph/types.js";
import { findRegions } from "./boilerplate.js";
import { sha256 } from "./documents.js";
import { parseHeader, toIsoDate } from "./header.js";
import { decodeLiteral, parseObjects, type SpannedObject } from "./json-spans.js";
import type { InputFile } from "./types.js";

/** Documents and per-item issues from one JSON or JSON Lines file. */
export function jsonDocuments(file: InputFile, raw: string): Array<SourceDocument | InputError> {
  if (file.format === "jsonl") {
    const out: Array<SourceDocument | InputError> = [];
    let base = 0;
    raw.split("\n").forEach((line, n) => {
      if (line.trim() !== "") out.push(jsonlLine(file, raw, line, n, base));
      base += line.length + 1;
    });
    return out;
  }
  let objects: Array<SpannedObject | undefined>;
  try {
    objects = parseObjects(raw);
  } catch (err) {
    return [new InputError(file.path, `invalid JSON: ${(err as Error).message}`, { cause: err })];
  }
  const many = objects.length > 1 || raw.trimStart().startsWith("[");
  return objects.map((o, i) => itemDocument(file, raw, o, many ? String(i + 1) : undefined, `item ${i + 1}`));
}

function jsonlLine(file: InputFile, raw: string, line: string, n: number, base: number): SourceDocument | InputError {
  let objects: Array<SpannedObject | undefined>;
  try {
    objects = parseObjects(line, base);
  } catch (err) {
    return new InputError(`${file.path} (line ${n + 1})`, `invalid JSON: ${(err as Error).message}`, { cause: err });
  }
  return itemDocument(file, raw, objects[0], String(n + 1), `line ${n + 1}`);
}

function itemDocument(
  file: InputFile,
  raw: string,
  obj: SpannedObject | undefined,
  position: string | undefined,
  where: string,
): SourceDocument | InputError {
  const span = obj?.spans["text"];
  if (!obj || !span) return new InputError(`${file.path} (${where})`, 'no "text" string field');
  const { text, map } = decodeLiteral(raw.slice(span[0], span[1]), span[0]);
  if (text.trim() === "") return new InputError(`${file.path} (${where})`, "empty text");
  const v = obj.value;
  const key = typeof v["id"] === "string" || typeof v["id"] === "number" ? String(v["id"]) : position;
  const header = parseHeader(text);
  const info: SourceDocument["info"] = {
    id: key === undefined ? file.id : `${file.id}#${key}`,
    path: file.path,
    sha256: sha256(text),
    length: raw.length,
  };
  const title = typeof v["title"] === "string" ? v["title"].trim() : header.title;
  const date = toIsoDate(typeof v["date"] === "string" ? v["date"] : undefined) ?? header.date;
  const url = typeof v["url"] === "string" ? v["url"] : header.url;
  if (title) info.title = title;
  if (date) info.date = date;
  if (url) info.url = url;
  return { info, text, regions: findRegions(text, header.bodyStart), offsetMap: Int32Array.from(map) };
}
