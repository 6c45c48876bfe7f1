// Parses a .cypher file's header: `// name:`, `// description:`, `// param: name: type[?] = <json> -- text`.
import { UsageError } from "../graph/errors.js";
import { PARAM_TYPES, type NamedQuery, type ParamType, type QueryParam } from "./types.js";

const PARAM_LINE = /^\/\/\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([a-z]+)(\?)?\s*=\s*(.+?)(?:\s+--\s+(.*))?$/;

/** Reads the header comments at the top of a query file. */
export function parseQuery(text: string, file: string): NamedQuery {
  let name = "";
  let description = "";
  const params: QueryParam[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("//")) break;
    const field = /^\/\/\s*(name|description):\s*(.*)$/.exec(line);
    if (field) {
      if (field[1] === "name") name = field[2]!.trim();
      else description = field[2]!.trim();
      continue;
    }
    const p = PARAM_LINE.exec(line);
    if (!p) continue;
    const type = p[2] as ParamType;
    if (!(PARAM_TYPES as readonly string[]).includes(type)) throw new UsageError(`queries: ${file}: param ${p[1]}: unknown type "${type}"`);
    let example: QueryParam["example"];
    try {
      example = JSON.parse(p[4]!);
    } catch {
      throw new UsageError(`queries: ${file}: param ${p[1]}: example must be JSON (a quoted string, a number, true/false)`);
    }
    params.push({ name: p[1]!, type, example, optional: p[3] === "?", description: (p[5] ?? "").trim() });
  }
  if (!name) throw new UsageError(`queries: ${file}: missing "// name:" header`);
  return { name, description, params, cypher: text, file };
}

/** Converts `--param k=v` strings to typed values for a named query; missing optional params become null. */
export function coerceParams(q: NamedQuery, raw: Record<string, string | number | boolean | null>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of q.params) {
    const v = raw[p.name];
    if (v === undefined || v === null || v === "") {
      if (!p.optional) throw new UsageError(`queries: ${q.name} needs --param ${p.name}=<${p.type}> (e.g. ${JSON.stringify(p.example)})`);
      out[p.name] = null;
      continue;
    }
    out[p.name] = coerce(p, v, q.name);
  }
  for (const k of Object.keys(raw)) {
    if (!q.params.some((p) => p.name === k)) throw new UsageError(`queries: ${q.name} has no parameter "${k}" (has: ${q.params.map((p) => p.name).join(", ") || "none"})`);
  }
  return out;
}

function coerce(p: QueryParam, v: string | number | boolean, query: string): unknown {
  const s = String(v);
  const bad = () => new UsageError(`queries: ${query}: --param ${p.name}=${s}: not a ${p.type}`);
  switch (p.type) {
    case "int":
      if (!/^-?\d+$/.test(s)) throw bad();
      return Number(s);
    case "float":
      if (!Number.isFinite(Number(s))) throw bad();
      return Number(s);
    case "bool":
      if (!/^(true|false)$/i.test(s)) throw bad();
      return /^true$/i.test(s);
    case "date":
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) throw bad();
      return s;
    default:
      return s;
  }
}

/** Guesses types for an ad-hoc query's --param values: integers, numbers, booleans, null, else strings. */
export function guessParams(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(raw)) {
    if (/^-?\d+$/.test(s) && Number.isSafeInteger(Number(s))) out[k] = Number(s);
    else if (/^-?\d*\.\d+(e-?\d+)?$/i.test(s)) out[k] = Number(s);
    else if (/^(true|false)$/.test(s)) out[k] = s === "true";
    else if (s === "null") out[k] = null;
    else out[k] = s;
  }
  return out;
}
