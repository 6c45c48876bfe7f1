// Public face of graph building: per-document extractions merged into one graphology graph.
import type { MultiDirectedGraph } from "graphology";
import type { DocExtraction, KgEdgeAttributes, KgGraphAttributes, KgNodeAttributes } from "../types.js";
import { defaultSchema, type Schema } from "../../ingest/schema.js";
import { BuiltGraph } from "./built-graph.js";
import { Folded } from "./folded.js";

/** Multi: two entities can be joined by several relation types; edge keys keep one edge per type. */
export type KgGraph = MultiDirectedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

export interface BuildOptions {
  /** Says which relations are symmetric (default: the bundled schema). */
  schema?: Schema;
  generator?: string;
  /** Bytes of evidence sentences kept in memory before they move to a temp file (default 4 MiB). */
  spoolLimit?: number;
}

/**
 * Builds a graph one document at a time: `add` folds an extraction into compact state (name statistics,
 * provenance as typed-array columns, evidence sentences spooled to a temp file beyond a few MB), so
 * callers drop each extraction at once and memory grows by tens of bytes per mention, not hundreds.
 * `finish` merges across documents into a lazy `BuiltGraph` (for streaming out); `build` into graphology.
 * Same result as `buildGraph` on the same set, in any order of `add`.
 * @example const b = new GraphBuilder(); for await (const x of extractions) b.add(x); const g = b.build();
 */
export class GraphBuilder {
  private folded: Folded;

  constructor(private readonly options: BuildOptions = {}) {
    this.folded = new Folded(options.spoolLimit);
  }

  /** Documents added so far. */
  get size(): number {
    return this.folded.documents.length;
  }

  add(extraction: DocExtraction): void {
    this.folded.add(extraction);
  }

  /**
   * The merged graph, read out one node or edge at a time; the builder is empty afterwards.
   * Call `close()` on it when done (serializedChunks does, once it has run to the end).
   */
  finish(): BuiltGraph {
    const folded = this.folded;
    this.folded = new Folded(this.options.spoolLimit);
    const schema = this.options.schema ?? defaultSchema();
    const symmetric = new Set(schema.relations.filter((r) => r.symmetric).map((r) => r.name));
    return new BuiltGraph(folded, symmetric, this.options.generator);
  }

  /** The merged graph in memory; the builder is empty afterwards. */
  build(): KgGraph {
    const built = this.finish();
    try {
      return built.toGraph();
    } finally {
      built.close();
    }
  }
}

/**
 * Merges per-document extractions into one graph: one node per real-world entity across the corpus
 * (deterministic keys `${entityType}:${normalizedName}`), one edge per (relation, head, tail) with
 * evidence from every document. The same input gives the same graph, in the same order.
 * @example toSerializedKg(buildGraph([extractDocument(doc)]))
 */
export function buildGraph(extractions: DocExtraction[], options: BuildOptions = {}): KgGraph {
  const builder = new GraphBuilder(options);
  for (const x of extractions) builder.add(x);
  return builder.build();
}

export { toSerializedKg } from "./serialize.js";
export { BuiltGraph, type NodeEntry, type EdgeEntry } from "./built-graph.js";
export { normalizeName, entityKey } from "./normalize.js";
