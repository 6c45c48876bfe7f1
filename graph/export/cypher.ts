// A Cypher script that rebuilds a kg graph in Neo4j: the loader's own statements with literal rows.
import type { SerializedKg } from "../types.js";
import * as M from "./model-cypher.js";
import { graphToRows, groupBy } from "./rows.js";

/** A Cypher string literal (single quotes; backslash escapes; no raw line breaks, so `;\n` splits safely). */
export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "'") return "\\'";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  })}'`;
}

/** A Cypher literal for a JSON-like value: maps with backticked keys, lists, scalars. */
export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return cypherString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "null";
    return Number.isInteger(v) ? String(v) : String(v).includes("e") ? v.toExponential() : String(v);
  }
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(", ")}]`;
  if (typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries.map(([k, x]) => `\`${k.replace(/`/g, "``")}\`: ${cypherLiteral(x)}`).join(", ")}}`;
  }
  return "null";
}

export interface CypherExportOptions {
  /** Rows a statement (default 500). */
  batchSize?: number;
  /** Relation types allowed (default: any UPPER_SNAKE type present). */
  relationTypes?: Iterable<string>;
}

/**
 * A script of `;`-terminated statements (constraints, then `UNWIND [..] AS row MERGE ...` batches)
 * that loads the graph exactly as `kg load` does: run it with cypher-shell, in Neo4j Browser, or
 * statement by statement (splitCypherScript). Idempotent like the loader.
 */
export function toCypher(kg: SerializedKg, options: CypherExportOptions = {}): string {
  const size = options.batchSize ?? 500;
  const rows = graphToRows(kg);
  const allowed = new Set(options.relationTypes ?? rows.relations.map((r) => r.relation));
  const out: string[] = [`// kg graph: ${rows.entities.length} entities, ${rows.relations.length} relationships, ${rows.documents.length} documents`];
  out.push(...M.CONSTRAINTS.map((c) => `${c};`));
  const emit = (query: string, list: unknown[], name = "rows", extra: Record<string, string> = {}) => {
    for (let i = 0; i < list.length; i += size) {
      let text = query.trim().replace(`UNWIND $${name} AS`, `UNWIND ${cypherLiteral(list.slice(i, i + size))} AS`);
      for (const [param, literal] of Object.entries(extra)) text = text.split(`$${param}`).join(literal);
      out.push(`${text.replace(/\n\s*/g, " ")};`);
    }
  };
  emit(M.UPSERT_DOCUMENTS, rows.documents);
  for (const [type, list] of groupBy(rows.entities, (e) => e.entityType)) emit(M.upsertEntities(type as never), list);
  emit(M.UPSERT_MENTIONS, rows.mentions);
  for (const [type, list] of groupBy(rows.relations, (r) => r.relation)) {
    emit(M.upsertRelations(type, allowed), list, "rows", { docIds: cypherLiteral(rows.docIds) });
  }
  emit(M.UPDATE_DOC_COUNTS, [...new Set(rows.mentions.map((m) => m.key))], "keys");
  return out.join("\n") + "\n";
}

/** Splits a script from toCypher into statements (each ends with `;` at the end of a line). */
export function splitCypherScript(script: string): string[] {
  return script
    .split(/;\s*\n/)
    .map((s) => s.replace(/^(\s*\/\/[^\n]*\n)+/g, "").trim())
    .filter((s) => s.length > 0 && !s.startsWith("//"));
}
