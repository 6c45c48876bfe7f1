// The contract between Neo4j access (graph/store) and its users (CLI, viewer server).
import type { SerializedKg } from "../types.js";

export interface StoreConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Where the config came from: "env" (NEO4J_URI ...) or "local" (kg db start). */
  origin: "env" | "local";
}

/** One result row as plain JSON: nodes as {labels, properties...}, relationships as {type, properties...}. */
export type Row = Record<string, unknown>;

export interface Store {
  readonly config: StoreConfig;
  /** Read-only Cypher (rejects writes before running them). */
  runRead(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** A named query from queries/*.cypher. */
  runNamed(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Entities within `depth` hops of the entity with graph key (or name) `entity`, as a kg graph. */
  neighbourhood(entity: string, depth: number): Promise<SerializedKg>;
  /** The nodes and relationships a read-only query returns, as a kg graph. */
  subgraph(cypher: string, params?: Record<string, unknown>): Promise<SerializedKg>;
  close(): Promise<void>;
}
