// Colours and sizes: entity types from the schema file, relation colours from a fixed palette.
import schema from "../../../../schema/default.json" with { type: "json" };
import type { SizeMode, ViewerGraph } from "../../types.js";

export const UNKNOWN_COLOR = "#9aa0a6";
export const DIMMED_COLOR = "#e3e5ea";

/** Entity type -> colour, in schema order. */
export const TYPE_COLORS: ReadonlyMap<string, string> = new Map(
  schema.entityTypes.map((t: { name: string; color: string }) => [t.name, t.color]),
);

const RELATION_PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#17becf", "#bcbd22", "#8c564b", "#d62728", "#9467bd", "#7f7f7f",
];
const SCHEMA_RELATIONS = schema.relations.map((r: { name: string }) => r.name);

/** A stable colour per relation type (schema order first, then by name hash). */
export function relationColor(relation: string): string {
  let i = SCHEMA_RELATIONS.indexOf(relation);
  if (i < 0) i = [...relation].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return RELATION_PALETTE[i % RELATION_PALETTE.length]!;
}

export function typeColor(entityType: string | undefined): string {
  return (entityType && TYPE_COLORS.get(entityType)) || UNKNOWN_COLOR;
}

/** Node sizes for the current mode: 4..20 px, square-root scaled so hubs do not swamp the view. */
export function nodeSizes(graph: ViewerGraph, mode: SizeMode): Map<string, number> {
  const raw = new Map<string, number>();
  let max = 1;
  graph.forEachNode((key, a) => {
    const v = mode === "degree" ? graph.degree(key) : (a.docCount ?? new Set((a.mentions ?? []).map((m) => m.doc)).size);
    raw.set(key, v);
    if (v > max) max = v;
  });
  const sizes = new Map<string, number>();
  for (const [key, v] of raw) sizes.set(key, 4 + 16 * Math.sqrt(v / max));
  return sizes;
}
