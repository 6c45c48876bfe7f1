// CSV exports: nodes, edges and documents as three tables (lists and objects in JSON cells).
import type { SerializedKg } from "../types.js";
import { flattenAttributes, type FlatValue } from "./flatten.js";

export interface CsvExport {
  nodes: string;
  edges: string;
  documents: string;
}

function cell(v: FlatValue | undefined): string {
  if (v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Columns: the fixed ones first, then every other attribute name in first-seen order. */
function table(fixed: string[], rows: Array<Record<string, FlatValue>>): string {
  const cols = [...fixed];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return [cols.join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

/**
 * Three CSV tables (RFC 4180 quoting). Nodes: key, name, entityType, ...; edges: key, source, target,
 * relation, ...; mentions and evidence as JSON cells so provenance survives a spreadsheet.
 */
export function toCsv(kg: SerializedKg): CsvExport {
  const nodes = (kg.nodes ?? []).map((n) => ({ key: String(n.key), ...flattenAttributes(n.attributes) }));
  const edges = (kg.edges ?? []).map((e, i) => ({
    key: String(e.key ?? `e${i}`),
    source: String(e.source),
    target: String(e.target),
    ...flattenAttributes(e.attributes),
  }));
  const documents = (kg.attributes?.documents ?? []).map((d) => flattenAttributes(d as unknown as Record<string, unknown>));
  return {
    nodes: table(["key", "name", "entityType", "aliases", "docCount", "confidence", "mentions"], nodes),
    edges: table(["key", "source", "target", "relation", "docCount", "confidence", "dates", "evidence"], edges),
    documents: table(["id", "title", "date", "url", "sha256", "path", "length"], documents),
  };
}
