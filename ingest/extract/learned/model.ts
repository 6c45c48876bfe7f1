// Scoring with a saved one-vs-rest logistic model: one probability per (relation, direction) class.
import type { RelationModel } from "./types.js";

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The probability of each class of `model.classes` for a feature list (unknown features are ignored).
 * @example classProbabilities(model, ["tp=Person>Organization", "b=of"])[model.classes.indexOf("MEMBER_OF>")]
 */
export function classProbabilities(model: RelationModel, features: readonly string[]): number[] {
  const z = model.bias.slice();
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  return z.map(sigmoid);
}

/** Splits "LEADS>" into the relation and whether the first mention is the head ("MET_WITH": symmetric, first is head). */
export function parseClass(c: string): { relation: string; firstIsHead: boolean } {
  if (c.endsWith("<")) return { relation: c.slice(0, -1), firstIsHead: false };
  if (c.endsWith(">")) return { relation: c.slice(0, -1), firstIsHead: true };
  return { relation: c, firstIsHead: true };
}
