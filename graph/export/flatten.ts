// Flat attributes for XML and CSV formats: lists and objects become JSON strings; `restore` reverses it.
import type { SerializedKg } from "../types.js";

/** Attributes kg keeps as lists or objects; flattened to JSON strings and parsed back on import. */
export const JSON_FIELDS = ["aliases", "roles", "mentions", "evidence", "dates", "documents"] as const;

export type FlatValue = string | number | boolean;

/** Scalars stay; arrays and objects become JSON; null and undefined are dropped; view-only x, y kept. */
export function flattenAttributes(attrs: Record<string, unknown> | undefined): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined) continue;
    if (typeof v === "number") {
      if (Number.isFinite(v)) out[k] = v;
    } else if (typeof v === "string" || typeof v === "boolean") out[k] = v;
    else out[k] = JSON.stringify(v);
  }
  return out;
}

/** Parses the JSON fields back (after a GraphML / GEXF parser read a flattened export). */
export function restoreAttributes(attrs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...attrs };
  for (const k of JSON_FIELDS) {
    const v = out[k];
    if (typeof v === "string" && /^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
      } catch {
        /* leave as text */
      }
    }
  }
  return out;
}

/** A serialized kg graph with flat attributes everywhere (nodes, edges, graph). */
export function flattenKg(kg: SerializedKg): {
  attributes: Record<string, FlatValue>;
  nodes: Array<{ key: string; attributes: Record<string, FlatValue> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, FlatValue> }>;
} {
  return {
    attributes: flattenAttributes(kg.attributes as Record<string, unknown>),
    nodes: (kg.nodes ?? []).map((n) => ({ key: String(n.key), attributes: flattenAttributes(n.attributes) })),
    edges: (kg.edges ?? []).map((e, i) => ({
      key: String(e.key ?? `e${i}`),
      source: String(e.source),
      target: String(e.target),
      attributes: flattenAttributes(e.attributes),
    })),
  };
}
