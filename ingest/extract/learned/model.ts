// Scoring with a saved one-vs-rest logistic model: one probability per (relation, direction) class.
import type { Lexicon } from "../relations/types.js";
import type { DocIndex } from "./doc-index.js";
import { emitFeatures, intern } from "./features.js";
import type { PairCandidate, RelationModel } from "./types.js";

/** slot -> value -> weights per class: lookups with the features' cached strings, no string building. */
type WeightTable = Map<string, Map<string, Float64Array>>;

const tables = new WeakMap<RelationModel, WeightTable>();

/** The weights as nested Maps, built once per model. */
function weightTable(model: RelationModel): WeightTable {
  let t = tables.get(model);
  if (t) return t;
  t = new Map();
  for (const [name, w] of Object.entries(model.weights)) {
    const eq = name.indexOf("=");
    const slot = intern(name.slice(0, eq)), value = intern(name.slice(eq + 1));
    (t.get(slot) ?? t.set(slot, new Map()).get(slot)!).set(value, Float64Array.from(w));
  }
  tables.set(model, t);
  return t;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The probability of each class of `model.classes` for a feature list (unknown features are ignored).
 * @example classProbabilities(model, ["tp=Person>Organization", "nf=of"])[model.classes.indexOf("MEMBER_OF>")]
 */
export function classProbabilities(model: RelationModel, features: readonly string[]): number[] {
  const table = weightTable(model);
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const eq = f.indexOf("=");
    const w = table.get(f.slice(0, eq))?.get(f.slice(eq + 1));
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  return Array.from(z, sigmoid);
}

// Scratch state of pairProbabilities: one sink for all pairs (no closure or array per pair).
let current: WeightTable = new Map();
let sums = new Float64Array(0);
function addWeights(slot: string, value: string): void {
  const w = current.get(slot)?.get(value);
  if (!w) return;
  for (let k = 0; k < sums.length; k++) sums[k]! += w[k]!;
}

/** The class probabilities of one candidate pair, straight from its features (the fast path of the stage). */
export function pairProbabilities(model: RelationModel, ix: DocIndex, lex: Lexicon, c: PairCandidate): Float64Array {
  const z = new Float64Array(model.bias);
  current = weightTable(model);
  sums = z;
  emitFeatures(ix, lex, c, addWeights);
  for (let k = 0; k < z.length; k++) z[k] = 1 / (1 + Math.exp(-z[k]!));
  return z;
}

/** Splits "LEADS>" into the relation and whether the first mention is the head ("MET_WITH": symmetric, first is head). */
export function parseClass(c: string): { relation: string; firstIsHead: boolean } {
  if (c.endsWith("<")) return { relation: c.slice(0, -1), firstIsHead: false };
  if (c.endsWith(">")) return { relation: c.slice(0, -1), firstIsHead: true };
  return { relation: c, firstIsHead: true };
}
