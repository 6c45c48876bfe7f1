// Query results as text: an aligned table, JSON (one object a row) or CSV.
export type RowFormat = "table" | "json" | "csv";
export const ROW_FORMATS: readonly RowFormat[] = ["table", "json", "csv"];

type Row = Record<string, unknown>;

/** Formats rows; `columns` keeps the query's column order when rows are empty or sparse. */
export function formatRows(rows: Row[], format: RowFormat, columns = columnsOf(rows)): string {
  if (format === "json") return JSON.stringify(rows, null, 2);
  if (format === "csv") return [columns.map(csvCell).join(","), ...rows.map((r) => columns.map((c) => csvCell(cellText(r[c]))).join(","))].join("\n");
  return table(rows, columns);
}

function columnsOf(rows: Row[]): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return cols;
}

/** A cell as one line: scalars as is, nodes by name, lists joined, objects as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== "object") ? v.map(cellText).join("; ") : JSON.stringify(v);
  const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown>; nodes?: unknown[]; relationships?: unknown[] };
  if (Array.isArray(o.nodes) && Array.isArray(o.relationships)) return pathText(o as PathLike);
  if (o.properties && Array.isArray(o.labels)) return `(${nodeName(o as NodeLike)})`;
  if (o.properties && typeof o.type === "string") return `[:${o.type}]`;
  return JSON.stringify(v);
}

interface NodeLike {
  elementId?: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PathLike {
  nodes: NodeLike[];
  relationships: Array<{ type: string; start: string; end: string }>;
}

function nodeName(n: NodeLike): string {
  return String(n.properties.name ?? n.properties.id ?? n.properties.key ?? n.labels.join(":"));
}

/** (A)-[:T]->(B)<-[:U]-(C) */
function pathText(p: PathLike): string {
  let out = `(${nodeName(p.nodes[0]!)})`;
  p.relationships.forEach((r, i) => {
    const next = p.nodes[i + 1]!;
    const forward = r.end === next.elementId;
    out += `${forward ? "-" : "<-"}[:${r.type}]${forward ? "->" : "-"}(${nodeName(next)})`;
  });
  return out;
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: Row[], columns: string[]): string {
  if (columns.length === 0) return `(${rows.length} rows)`;
  const max = 60;
  const cells = rows.map((r) => columns.map((c) => clip(cellText(r[c]), max)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join("  ").trimEnd();
  const out = [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
  return out.join("\n");
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
