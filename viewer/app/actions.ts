// Pure producers: (args) => (state) => new state.
import type { Producer } from "./state.js";
import type { Filters, Selection, SizeMode } from "./types.js";

export const select = (selection: Selection | undefined): Producer => (s) => ({ ...s, selection });
export const hover = (hovered: string | undefined): Producer => (s) => (s.hovered === hovered ? s : { ...s, hovered });
export const setFilters = (patch: Partial<Filters>): Producer => (s) => ({ ...s, filters: { ...s.filters, ...patch } });
export const setSizeBy = (sizeBy: SizeMode): Producer => (s) => ({ ...s, sizeBy });
export const setLayoutRunning = (layoutRunning: boolean): Producer => (s) => ({ ...s, layoutRunning });
export const setQueryView = (queryView: string | undefined): Producer => (s) => ({ ...s, queryView });

/** Adds or removes `value` from a list. */
export function toggled(list: string[], value: string, on: boolean): string[] {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

export const hideNode = (key: string): Producer => (s) => ({
  ...s,
  hiddenNodes: toggled(s.hiddenNodes, key, true),
  selection: s.selection?.key === key ? undefined : s.selection,
});
export const showAllNodes = (): Producer => (s) => ({ ...s, hiddenNodes: [] });
