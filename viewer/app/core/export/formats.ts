// Text exports of a kg graph (pure): GraphML, GEXF, CSV and SVG, with attributes flattened to scalars.
import type { SerializedKg } from "../../../../graph/types.js";
import { relationColor, typeColor } from "../graph/appearance.js";

const xml = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    // Characters XML 1.0 forbids.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** Scalars as they are, string lists joined with " | ", other objects as JSON. */
export function flatten(attrs: Record<string, unknown> | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null) continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v.join(" | ");
    else out[k] = JSON.stringify(v);
  }
  return out;
}

function keysOf(rows: Array<Record<string, unknown>>): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
}

export function toGraphml(g: SerializedKg): string {
  const nodes = g.nodes.map((n) => flatten(n.attributes));
  const edges = g.edges.map((e) => flatten(e.attributes));
  const type = (v: unknown) => (typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string");
  const keyDefs = (rows: typeof nodes, domain: "node" | "edge") =>
    keysOf(rows).map((k) => `  <key id="${domain[0]}_${xml(k)}" for="${domain}" attr.name="${xml(k)}" attr.type="${type(rows.find((r) => k in r)![k])}"/>`);
  const data = (r: Record<string, unknown>, d: string) =>
    Object.entries(r).map(([k, v]) => `<data key="${d}_${xml(k)}">${xml(v)}</data>`).join("");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyDefs(nodes, "node"),
    ...keyDefs(edges, "edge"),
    '  <graph edgedefault="directed">',
    ...g.nodes.map((n, i) => `    <node id="${xml(n.key)}">${data(nodes[i]!, "n")}</node>`),
    ...g.edges.map((e, i) => `    <edge id="${xml(e.key ?? `e${i}`)}" source="${xml(e.source)}" target="${xml(e.target)}">${data(edges[i]!, "e")}</edge>`),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

export function toGexf(g: SerializedKg): string {
  const nodes = g.nodes.map((n) => flatten(n.attributes));
  const edges = g.edges.map((e) => flatten(e.attributes));
  const nodeKeys = keysOf(nodes).filter((k) => !["x", "y", "name"].includes(k));
  const edgeKeys = keysOf(edges);
  const attvalues = (r: Record<string, unknown>, keys: string[]) =>
    `<attvalues>${keys.filter((k) => k in r).map((k) => `<attvalue for="${xml(k)}" value="${xml(r[k])}"/>`).join("")}</attvalues>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <graph defaultedgetype="directed">',
    `    <attributes class="node">${nodeKeys.map((k) => `<attribute id="${xml(k)}" title="${xml(k)}" type="string"/>`).join("")}</attributes>`,
    `    <attributes class="edge">${edgeKeys.map((k) => `<attribute id="${xml(k)}" title="${xml(k)}" type="string"/>`).join("")}</attributes>`,
    "    <nodes>",
    ...g.nodes.map((n, i) => {
      const [r, gr, b] = rgb(typeColor(n.attributes?.entityType));
      const pos = typeof n.attributes?.x === "number" ? `<viz:position x="${n.attributes.x}" y="${n.attributes.y}" z="0"/>` : "";
      return `      <node id="${xml(n.key)}" label="${xml(n.attributes?.name ?? n.key)}">${attvalues(nodes[i]!, nodeKeys)}<viz:color r="${r}" g="${gr}" b="${b}"/>${pos}</node>`;
    }),
    "    </nodes>",
    "    <edges>",
    ...g.edges.map((e, i) => {
      const [r, gr, b] = rgb(relationColor(e.attributes?.relation ?? ""));
      return `      <edge id="${xml(e.key ?? `e${i}`)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.attributes?.relation ?? "")}">${attvalues(edges[i]!, edgeKeys)}<viz:color r="${r}" g="${gr}" b="${b}"/></edge>`;
    }),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ].join("\n");
}

const csvCell = (v: unknown) => {
  const s = v === undefined ? "" : String(v);
  // Quote always; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

/** Two CSV tables: nodes (key, name, type, aliases, docCount) and edges (source, relation, target, names, dates). */
export function toCsv(g: SerializedKg): { nodes: string; edges: string } {
  const name = new Map(g.nodes.map((n) => [n.key, n.attributes?.name ?? n.key]));
  const nodes = [
    ["key", "name", "entityType", "aliases", "docCount", "x", "y"].join(","),
    ...g.nodes.map((n) => {
      const a = n.attributes;
      return [n.key, a?.name, a?.entityType, (a?.aliases ?? []).join(" | "), a?.docCount, a?.x, a?.y].map(csvCell).join(",");
    }),
  ];
  const edges = [
    ["source", "target", "relation", "sourceName", "targetName", "dates", "docCount", "evidence"].join(","),
    ...g.edges.map((e) => {
      const a = e.attributes;
      return [e.source, e.target, a?.relation, name.get(e.source), name.get(e.target), (a?.dates ?? []).join(" | "), a?.docCount, a?.evidence?.[0]?.text]
        .map(csvCell)
        .join(",");
    }),
  ];
  return { nodes: nodes.join("\n") + "\n", edges: edges.join("\n") + "\n" };
}

/** A plain SVG of the layout: edges as lines, nodes as circles with labels (y grows upwards as in sigma). */
export function toSvg(g: SerializedKg, sizes: ReadonlyMap<string, number>, width = 1200, height = 900): string {
  const placed = g.nodes.filter((n) => typeof n.attributes?.x === "number" && typeof n.attributes?.y === "number");
  const xs = placed.map((n) => n.attributes!.x as number);
  const ys = placed.map((n) => n.attributes!.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 80) / Math.max(1e-9, maxX - minX), (height - 80) / Math.max(1e-9, maxY - minY));
  const pos = new Map(placed.map((n) => [n.key, [40 + ((n.attributes!.x as number) - minX) * scale, height - 40 - ((n.attributes!.y as number) - minY) * scale] as const]));
  const lines = g.edges.flatMap((e) => {
    const s = pos.get(e.source), t = pos.get(e.target);
    if (!s || !t) return [];
    return [`<line x1="${s[0].toFixed(1)}" y1="${s[1].toFixed(1)}" x2="${t[0].toFixed(1)}" y2="${t[1].toFixed(1)}" stroke="${relationColor(e.attributes?.relation ?? "")}" stroke-opacity="0.7"/>`];
  });
  const circles = placed.map((n) => {
    const [x, y] = pos.get(n.key)!;
    const r = (sizes.get(n.key) ?? 5) / 1.5;
    return `<g><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${typeColor(n.attributes!.entityType)}"/><text x="${(x + r + 2).toFixed(1)}" y="${(y + 4).toFixed(1)}">${xml(n.attributes!.name ?? n.key)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...lines,
    ...circles,
    "</svg>",
    "",
  ].join("\n");
}
