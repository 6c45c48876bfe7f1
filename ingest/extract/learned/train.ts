// Training a one-vs-rest logistic model with plain SGD and L2 (deterministic: seeded shuffle, fixed epochs).
import type { PairClass, RelationModel } from "./types.js";
import { FEATURE_VERSION } from "./features.js";
import { rng } from "../../rng.js";

/** One labelled pair: its features and the classes it belongs to (empty: no relation). */
export interface Example {
  features: string[];
  labels: PairClass[];
  /** 0 leaves the example out (e.g. an optional gold relation); default 1. */
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Features seen in fewer examples are dropped (keeps the model small and names of rare contexts out). */
  minCount?: number;
  /** Weight of positive labels relative to negatives (classes are rare). */
  positiveWeight?: number;
  seed?: number;
  threshold?: number;
}

/**
 * Fits one logistic regression per class over binary features.
 * @example trainModel([{ features: ["b=of"], labels: ["MEMBER_OF>"] }, { features: ["b=and"], labels: [] }], ["MEMBER_OF>"])
 */
export function trainModel(examples: readonly Example[], classes: readonly PairClass[], options: TrainOptions = {}): RelationModel {
  const { epochs = 12, learningRate = 0.1, l2 = 1e-4, minCount = 2, positiveWeight = 2, seed = 7, threshold = 0.5 } = options;
  const counts = new Map<string, number>();
  for (const ex of examples) if (ex.weight !== 0) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const W = new Float64Array(vocab.length * K);
  const bias = new Float64Array(K);
  const rows = examples
    .filter((ex) => ex.weight !== 0)
    .map((ex) => ({ x: ex.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])), y: new Set(ex.labels.map((l) => classIndex.get(l)).filter((k) => k !== undefined)), w: ex.weight ?? 1 }));
  const rnd = rng(seed);
  const order = rows.map((_, i) => i);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = learningRate / (1 + epoch * 0.5);
    for (const r of order) {
      const row = rows[r]!;
      z.set(bias);
      for (const f of row.x) for (let k = 0; k < K; k++) z[k]! += W[f * K + k]!;
      for (let k = 0; k < K; k++) {
        const y = row.y.has(k) ? 1 : 0;
        const g = (1 / (1 + Math.exp(-z[k]!)) - y) * row.w * (y ? positiveWeight : 1);
        bias[k]! -= lr * g;
        for (const f of row.x) W[f * K + k]! -= lr * (g + l2 * W[f * K + k]!);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, (i + 1) * K), round);
    if (w.some((x) => Math.abs(x) >= 0.005)) weights[f] = w;
  });
  return { version: 1, featureVersion: FEATURE_VERSION, classes: [...classes], bias: Array.from(bias, round), weights, threshold };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
