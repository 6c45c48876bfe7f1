// The viewer's state and graph types: one store owns the state; controllers and panels read it.
import type { MultiDirectedGraph } from "graphology";
import type { KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../../graph/types.js";

export type ViewerGraph = MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

export const SIZE_MODES = ["degree", "docCount"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

/** What is filtered out; empty means everything is shown. */
export interface Filters {
  hiddenTypes: string[];
  hiddenRelations: string[];
  /** ISO dates (YYYY-MM-DD), inclusive. */
  dateFrom?: string;
  dateTo?: string;
  /** Only what this document supports. */
  doc?: string;
}

export type Selection = { kind: "node"; key: string } | { kind: "edge"; key: string };

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface AppState {
  selection?: Selection;
  hovered?: string;
  filters: Filters;
  hiddenNodes: string[];
  sizeBy: SizeMode;
  layoutRunning: boolean;
  /** Set while a Cypher result replaces the full graph. */
  queryView?: string;
}

export const INITIAL_STATE: AppState = {
  filters: { hiddenTypes: [], hiddenRelations: [] },
  hiddenNodes: [],
  sizeBy: "degree",
  layoutRunning: false,
};

export type ViewerSigma = import("sigma").default<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;
