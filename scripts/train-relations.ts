// Trains the learned relation classifier on the annotated dev sets and writes ingest/extract/learned/model.json.
//
//   npx tsx scripts/train-relations.ts --cv [--no-write] [--min-precision 0.7] [--max-gap 50] [--neighbours 2]
//
// Sets: the dev sets listed in scripts/learn/corpus.ts and every tests/fixtures/train-* set (never blind*).
// --cv trains once per set with that set held out, scores the held-out set's graph with the shared scorer (rules
// alone and rules + model), and picks per relation type the threshold with the most net gain when a wrong edge
// costs p/(1-p) right ones (p = --min-precision); a type with no gain is left out of the model. Without --cv
// every type uses --threshold (default 0.9). The final model is trained on all sets.
// Debugging: --dump 0.6 (held-out added edges, + gold / ~ optional / - not in gold), --dump-missed, --counts.
import { writeFileSync } from "node:fs";
import type { ExtractedRelation } from "../graph/types.js";
import { fileURLToPath } from "node:url";
import { defaultSchema } from "../ingest/index.js";
import { compileLexicon } from "../ingest/extract/relations/lexicon.js";
import { classProbabilities, indexDoc, pairCandidates, parseClass, pairFeatures, predictRelations, trainModel, type Example, type RelationModel } from "../ingest/extract/learned/index.js";
import { loadSet, trainSetNames, type CorpusSet } from "./learn/corpus.js";
import { loadScorer, scoreSet, type Prf } from "./learn/evaluate.js";
import { labelPair, matchEntities } from "./learn/labels.js";

const root = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const MIN_ADDED_PRECISION = Number(value("--min-precision") ?? 0.7);
const OPTIONS = { learningRate: Number(value("--lr") ?? 0.1), epochs: Number(value("--epochs") ?? 12), l2: Number(value("--l2") ?? 1e-4), positiveWeight: Number(value("--pos") ?? 2), minCount: Number(value("--min-count") ?? 2) };
const USE_OPTIONAL = flag("--optional");
const MAX_GAP = Number(value("--max-gap") ?? 50);
const NEIGHBOURS = Number(value("--neighbours") ?? 2);
/** Pairs with an end the gold does not know teach nothing about constructions: left out unless --unmatched. */
const USE_UNMATCHED = flag("--unmatched");

const schema = defaultSchema();
const lex = compileLexicon(schema);
const symmetric = new Set(schema.relations.filter((r) => r.symmetric).map((r) => r.name));
const classes = schema.relations.flatMap((r) => (r.symmetric ? [r.name] : [`${r.name}>`, `${r.name}<`]));
const { score, normalize } = await loadScorer(root);

const t0 = Date.now();
const sets: CorpusSet[] = [];
for (const name of trainSetNames(root)) sets.push(await loadSet(root, name));
console.log(`annotated ${sets.reduce((n, s) => n + s.docs.length, 0)} documents of ${sets.length} sets in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

/** Labelled candidate pairs of one set. */
function examplesOf(set: CorpusSet): Example[] {
  const out: Example[] = [];
  for (const doc of set.docs) {
    const ix = indexDoc(doc);
    const toGold = matchEntities(set.gold, doc.entities, normalize);
    for (const c of pairCandidates(doc, NEIGHBOURS, MAX_GAP)) {
      const g1 = toGold.get(c.firstId), g2 = toGold.get(c.secondId);
      const { labels, ignore } = labelPair(set.gold, symmetric, g1, g2, USE_OPTIONAL);
      const unmatched = !g1 || !g2;
      out.push({ features: pairFeatures(ix, lex, c), labels, weight: ignore || (unmatched && !USE_UNMATCHED) ? 0 : 1 });
    }
  }
  return out;
}
const examples = new Map(sets.map((s) => [s.name, examplesOf(s)]));
for (const s of sets) {
  const ex = examples.get(s.name)!;
  console.log(`${s.name}: ${ex.length} pairs, ${ex.filter((e) => e.labels.length).length} positive`);
}

if (flag("--counts")) {
  const n = new Map<string, number>();
  for (const ex of [...examples.values()].flat()) if (ex.weight !== 0) for (const l of ex.labels) n.set(l, (n.get(l) ?? 0) + 1);
  console.log([...n].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
  const ex = [...examples.values()].flat();
  console.log(`weight 0: ${ex.filter((e) => e.weight === 0).length} of ${ex.length}`);
}
const GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98];
const OFF = 1.01;
let thresholds: Record<string, number> = {};

interface HeldOut {
  set: CorpusSet;
  doc: number;
  edge: ExtractedRelation;
  /** "+" a non-optional gold relation, "~" optional only, "-" not in the gold. */
  mark: string;
}

if (flag("--cv")) {
  const preds: HeldOut[] = [];
  const rules = new Map<string, Prf>();
  for (const held of sets) {
    const train = sets.filter((s) => s !== held).flatMap((s) => examples.get(s.name)!);
    const model = { ...trainModel(train, classes, OPTIONS), maxGap: MAX_GAP, neighbours: NEIGHBOURS };
    rules.set(held.name, scoreSet(score, held, []));
    if (flag("--dump-missed")) dumpMissed(held, model);
    held.docs.forEach((doc, i) => {
      const toGold = matchEntities(held.gold, doc.entities, normalize);
      for (const edge of predictRelations(doc, lex, model, GRID[0])) preds.push({ set: held, doc: i, edge, mark: markOf(held, toGold, edge) });
    });
  }
  if (value("--dump")) for (const p of preds) if (p.edge.confidence >= Number(value("--dump"))) dump(p);
  for (const t of [0.3, 0.5, 0.7, 0.9]) {
    const over = preds.filter((p) => p.edge.confidence >= t);
    console.log(`all types at ${t}: ${over.filter((p) => p.mark === "+").length} correct, ${over.filter((p) => p.mark === "-").length} wrong`);
  }
  // Per relation type: the lowest threshold whose held-out added edges are precise enough (else the type is off).
  console.log(`\nper type (held-out added edges: correct/wrong at the chosen threshold; precision >= ${MIN_ADDED_PRECISION})`);
  for (const rel of schema.relations.map((r) => r.name)) {
    const mine = preds.filter((p) => p.edge.relation === rel);
    // The threshold with the most net gain when a wrong edge costs p/(1-p) right ones (so every edge
    // kept is right with probability >= p at the margin); off when no threshold gains.
    let chosen = OFF, bestGain = 0;
    const cost = MIN_ADDED_PRECISION / (1 - MIN_ADDED_PRECISION);
    for (const t of GRID) {
      const over = mine.filter((p) => p.edge.confidence >= t);
      const ok = over.filter((p) => p.mark === "+").length, bad = over.filter((p) => p.mark === "-").length;
      const gain = ok - cost * bad;
      if (ok >= 2 && gain > bestGain) [chosen, bestGain] = [t, gain];
    }
    thresholds[rel] = chosen;
    const over = mine.filter((p) => p.edge.confidence >= chosen);
    const ok = over.filter((p) => p.mark === "+").length, bad = over.filter((p) => p.mark === "-").length;
    const all = `${mine.filter((p) => p.mark === "+").length}/${mine.filter((p) => p.mark === "-").length}`;
    console.log(`${rel.padEnd(12)} ${chosen > 1 ? "off " : chosen.toFixed(2)}  ${ok}/${bad}   (at ${GRID[0]}: ${all})`);
  }
  console.log(`\nheld-out per set (rules alone, then with the model's edges at those thresholds):`);
  console.log("| set | rules P R F1 | rules+model P R F1 | added tp / fp |\n|---|---|---|---|");
  const per: Prf[] = [], base: Prf[] = [];
  for (const s of sets) {
    const added = s.docs.map((_, i) => preds.filter((p) => p.set === s && p.doc === i && p.edge.confidence >= thresholds[p.edge.relation]!).map((p) => p.edge));
    const withModel = scoreSet(score, s, added);
    per.push(withModel);
    base.push(rules.get(s.name)!);
    const r = rules.get(s.name)!;
    const short = (p: Prf) => `${p.precision.toFixed(2)} ${p.recall.toFixed(2)} ${p.f1.toFixed(3)}`;
    console.log(`| ${s.name} | ${short(r)} | ${short(withModel)} | +${withModel.tp - r.tp} / +${withModel.fp - r.fp} |`);
  }
  console.log(`pooled relation F1: rules ${pooled(base).toFixed(3)}, rules+model ${pooled(per).toFixed(3)}`);
}

const threshold = Number(value("--threshold") ?? 0.9);
if (!flag("--cv")) thresholds = {};
const all = sets.flatMap((s) => examples.get(s.name)!);
const trained = trainModel(all, classes, { ...OPTIONS, threshold });
const model: RelationModel = {
  ...keepClasses(trained, (c) => (thresholds[parseClass(c).relation] ?? threshold) <= 1),
  ...(Number.isFinite(MAX_GAP) ? { maxGap: MAX_GAP } : {}),
  neighbours: NEIGHBOURS,
  thresholds: Object.fromEntries(Object.entries(thresholds).filter(([, t]) => t <= 1)),
  trainedOn: { sets: sets.map((s) => s.name), pairs: all.length, positives: all.filter((e) => e.labels.length).length, options: OPTIONS, optionalAsPositive: USE_OPTIONAL, unmatchedAsNegative: USE_UNMATCHED },
};
const size = JSON.stringify(model).length;
console.log(`\nmodel: ${Object.keys(model.weights).length} features x ${model.classes.length} classes, threshold ${threshold}, ${Math.round(size / 1024)} kB`);
if (!flag("--no-write")) {
  writeFileSync(`${root}/ingest/extract/learned/model.json`, JSON.stringify(model) + "\n");
  console.log("wrote ingest/extract/learned/model.json");
}

function markOf(set: CorpusSet, toGold: Map<string, string>, r: ExtractedRelation): string {
  const want = symmetric.has(r.relation) ? r.relation : `${r.relation}>`;
  if (labelPair(set.gold, symmetric, toGold.get(r.head), toGold.get(r.tail), false).labels.includes(want)) return "+";
  return labelPair(set.gold, symmetric, toGold.get(r.head), toGold.get(r.tail), true).labels.includes(want) ? "~" : "-";
}

/** Prints a held-out edge the model adds, marked + (gold), ~ (optional gold) or - (not in the gold). */
function dump(p: HeldOut): void {
  const name = new Map(p.set.docs[p.doc]!.entities.map((e) => [e.id, e.name]));
  const text = p.edge.evidence.text?.replace(/\s+/g, " ").slice(0, 160);
  console.log(`${p.mark} ${p.set.name} ${p.edge.confidence.toFixed(2)} ${name.get(p.edge.head)} -[${p.edge.relation}]-> ${name.get(p.edge.tail)} | ${text}`);
}

/** Prints held-out gold pairs (non-optional, not found by the rules) with the model's probability for their class. */
function dumpMissed(set: CorpusSet, model: RelationModel): void {
  for (const doc of set.docs) {
    const ix = indexDoc(doc);
    const toGold = matchEntities(set.gold, doc.entities, normalize);
    for (const c of pairCandidates(doc)) {
      const { labels } = labelPair(set.gold, symmetric, toGold.get(c.firstId), toGold.get(c.secondId), false);
      for (const l of labels) {
        const { relation, firstIsHead } = parseClass(l);
        const [h, t] = firstIsHead ? [c.firstId, c.secondId] : [c.secondId, c.firstId];
        if (ix.ruleEdges.get(`${h}|${t}`)?.has(relation) || (symmetric.has(relation) && ix.ruleEdges.get(`${t}|${h}`)?.has(relation))) continue;
        const k = model.classes.indexOf(l);
        const p = k >= 0 ? classProbabilities(model, pairFeatures(ix, lex, c))[k]! : 0;
        const s = doc.sentences[c.sentence]!;
        console.log(`MISS ${set.name} ${p.toFixed(2)} ${doc.mentions[c.first]!.text} ~ ${l} ~ ${doc.mentions[c.second]!.text} | ${doc.source.text.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 200)}`);
      }
    }
  }
}

/** The model restricted to the classes `keep` accepts (types turned off by cross-validation cost nothing at run time). */
function keepClasses(m: RelationModel, keep: (c: string) => boolean): RelationModel {
  const idx = m.classes.flatMap((c, i) => (keep(c) ? [i] : []));
  const weights: Record<string, number[]> = {};
  for (const [f, w] of Object.entries(m.weights)) {
    const kept = idx.map((i) => w[i]!);
    if (kept.some((x) => Math.abs(x) >= 0.005)) weights[f] = kept;
  }
  return { ...m, classes: idx.map((i) => m.classes[i]!), bias: idx.map((i) => m.bias[i]!), weights };
}

function pooled(ps: Prf[]): number {
  const tp = sum(ps.map((p) => p.tp)), fp = sum(ps.map((p) => p.fp)), fn = sum(ps.map((p) => p.fn));
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}
function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
