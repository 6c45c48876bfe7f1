// Drives what sigma draws from the state (filters, hover, selection) through reducers: data is never mutated.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { KgEdgeAttributes, KgNodeAttributes } from "../../../graph/types.js";
import { DIMMED_COLOR, relationColor, typeColor } from "../core/graph/appearance.js";
import type { Visibility } from "../core/visibility/index.js";

/** What the reducers read; the view controller refreshes it before asking sigma to refresh. */
export interface ReducerContext {
  visibility: Visibility;
  sizes: Map<string, number>;
  /** Hovered or selected node and its neighbours; empty when nothing is focused. */
  focus: Set<string>;
  focusNode?: string;
  selectedEdge?: string;
}

type NodeIn = Partial<NodeDisplayData> & KgNodeAttributes;
type EdgeIn = Partial<EdgeDisplayData> & KgEdgeAttributes;

export function nodeReducer(ctx: ReducerContext) {
  return (key: string, data: NodeIn): Partial<NodeDisplayData> => {
    const shown = ctx.visibility.nodes.has(key);
    const dimmed = ctx.focus.size > 0 && !ctx.focus.has(key);
    return {
      x: data.x,
      y: data.y,
      label: dimmed ? "" : (data.name ?? key),
      size: ctx.sizes.get(key) ?? 5,
      color: dimmed ? DIMMED_COLOR : typeColor(data.entityType),
      hidden: !shown,
      highlighted: key === ctx.focusNode,
      forceLabel: key === ctx.focusNode || (ctx.focus.size > 0 && ctx.focus.has(key)),
      zIndex: dimmed ? 0 : 1,
    };
  };
}

export function edgeReducer(ctx: ReducerContext, ends: (edge: string) => [string, string]) {
  return (key: string, data: EdgeIn): Partial<EdgeDisplayData> => {
    const [s, t] = ends(key);
    const touches = ctx.focusNode === undefined || s === ctx.focusNode || t === ctx.focusNode;
    const selected = key === ctx.selectedEdge;
    return {
      label: data.relation,
      color: touches || selected ? relationColor(data.relation) : DIMMED_COLOR,
      size: selected ? 4 : touches && ctx.focusNode ? 2 : 1,
      hidden: !ctx.visibility.edges.has(key),
      type: data.symmetric ? "line" : "arrow",
      forceLabel: selected || (ctx.focusNode !== undefined && touches),
      zIndex: touches ? 1 : 0,
    };
  };
}
