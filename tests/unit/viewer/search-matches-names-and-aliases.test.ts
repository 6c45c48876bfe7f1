import { describe, expect, test } from "vitest";
import { findMatches, normalizeText } from "../../../viewer/shared/search.js";

const items = [
  { key: "a", name: "Harbor Workers Union", aliases: ["HWU"], weight: 2 },
  { key: "b", name: "Lena Okafor", aliases: ["Mayor Okafor"], weight: 5 },
  { key: "c", name: "Okafor Holdings", aliases: [], weight: 1 },
  { key: "d", name: "São Tomé", aliases: [], weight: 1 },
];

describe("viewer/shared/search", () => {
  test("an exact alias beats a prefix of another name", () => {
    expect(findMatches(items, "hwu")[0]).toMatchObject({ item: { key: "a" }, matched: "HWU" });
  });
  test("word prefixes match and names rank over aliases at equal quality", () => {
    const keys = findMatches(items, "okafor").map((m) => m.item.key);
    expect(keys).toEqual(["c", "b"]);
  });
  test("accents and punctuation are ignored", () => {
    expect(normalizeText("São-Tomé!")).toBe("sao tome");
    expect(findMatches(items, "sao to")[0]!.item.key).toBe("d");
  });
  test("an empty query finds nothing", () => {
    expect(findMatches(items, "  ")).toEqual([]);
  });
});
