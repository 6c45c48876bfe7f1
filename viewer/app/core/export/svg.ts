// SVG of the layout as drawn (pure): the other formats come from graph/export.
import type { SerializedKg } from "../../../../graph/types.js";
import { relationColor, typeColor } from "../graph/appearance.js";

const xml = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    // Characters XML 1.0 forbids.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

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
