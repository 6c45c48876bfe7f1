// The shareable link: selection, filters, hidden nodes, size mode and camera in the URL hash (pure).
import type { AppState, CameraView, Filters, Selection } from "../../types.js";

export interface UrlState {
  selection?: Selection;
  filters: Filters;
  hiddenNodes: string[];
  sizeBy?: AppState["sizeBy"];
  camera?: CameraView;
}

const list = (v: string | null) => (v ? v.split(",").filter(Boolean).map(decodeURIComponent) : []);
const enc = (items: string[]) => items.map(encodeURIComponent).join(",");

/** `#node=...&types=...` from the state and camera. */
export function encodeUrlState(state: AppState, camera?: CameraView): string {
  const p = new URLSearchParams();
  if (state.selection) p.set(state.selection.kind, state.selection.key);
  const f = state.filters;
  if (f.hiddenTypes.length) p.set("hideTypes", enc(f.hiddenTypes));
  if (f.hiddenRelations.length) p.set("hideRels", enc(f.hiddenRelations));
  if (f.dateFrom) p.set("from", f.dateFrom);
  if (f.dateTo) p.set("to", f.dateTo);
  if (f.doc) p.set("doc", f.doc);
  if (state.hiddenNodes.length) p.set("hidden", enc(state.hiddenNodes));
  if (state.sizeBy !== "degree") p.set("size", state.sizeBy);
  if (camera) p.set("cam", [camera.x, camera.y, camera.ratio].map((n) => n.toFixed(4)).join(","));
  const s = p.toString();
  return s ? `#${s}` : "";
}

/** Reads back what `encodeUrlState` wrote; unknown or malformed parts are ignored. */
export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const node = p.get("node");
  const edge = p.get("edge");
  const cam = (p.get("cam") ?? "").split(",").map(Number);
  const size = p.get("size");
  return {
    selection: node ? { kind: "node", key: node } : edge ? { kind: "edge", key: edge } : undefined,
    filters: {
      hiddenTypes: list(p.get("hideTypes")),
      hiddenRelations: list(p.get("hideRels")),
      dateFrom: p.get("from") ?? undefined,
      dateTo: p.get("to") ?? undefined,
      doc: p.get("doc") ?? undefined,
    },
    hiddenNodes: list(p.get("hidden")),
    sizeBy: size === "docCount" || size === "degree" ? size : undefined,
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : undefined,
  };
}
