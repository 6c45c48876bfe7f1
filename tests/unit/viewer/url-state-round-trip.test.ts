import { describe, expect, test } from "vitest";
import { decodeUrlState, encodeUrlState } from "../../../viewer/app/core/url/index.js";
import { INITIAL_STATE } from "../../../viewer/app/types.js";

describe("viewer/app/core/url", () => {
  test("selection, filters, hidden nodes, size and camera survive a round trip", () => {
    const state = {
      ...INITIAL_STATE,
      selection: { kind: "node" as const, key: "entity:Person:a, b & c" },
      filters: { hiddenTypes: ["Place"], hiddenRelations: ["MET_WITH", "FUNDS"], dateFrom: "2024-01-01", doc: "x.txt" },
      hiddenNodes: ["k1", "k,2"],
      sizeBy: "docCount" as const,
    };
    const back = decodeUrlState(encodeUrlState(state, { x: 0.5, y: 0.25, ratio: 0.1 }));
    expect(back.selection).toEqual(state.selection);
    expect(back.filters).toEqual({ ...state.filters, dateTo: undefined });
    expect(back.hiddenNodes).toEqual(state.hiddenNodes);
    expect(back.sizeBy).toBe("docCount");
    expect(back.camera).toEqual({ x: 0.5, y: 0.25, ratio: 0.1 });
  });
  test("the default state gives an empty hash and malformed parts are ignored", () => {
    expect(encodeUrlState(INITIAL_STATE)).toBe("");
    expect(decodeUrlState("#cam=a,b&size=huge").camera).toBeUndefined();
  });
});
