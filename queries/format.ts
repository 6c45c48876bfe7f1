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
  const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  if (o.properties && Array.isArray(o.labels)) return `(${o.labels.join(":")} ${String(o.properties.name ?? o.properties.id ?? o.properties.key ?? "")})`;
  if (o.properties && typeof o.type === "string") return `[:${o.type}]`;
  return JSON.stringify(v);
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
