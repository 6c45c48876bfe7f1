// Contracts of the viewer's HTTP API: what a backend (graph.json file or Neo4j) answers.
import type { DocumentInfo, EntityType, SerializedKg } from "../../graph/types.js";

/** One autocomplete hit: the entity and the name or alias that matched. */
export interface SearchHit {
  key: string;
  name: string;
  entityType: EntityType;
  matched: string;
}

/** A named query as listed by GET /api/queries. */
export interface QueryInfo {
  name: string;
  description?: string;
  params?: Record<string, unknown>;
}

/** POST /api/query body: a named query or ad-hoc read-only Cypher. */
export interface QueryRequest {
  name?: string;
  cypher?: string;
  params?: Record<string, unknown>;
}

/** A sentence around a span of a document, with the span's offsets inside `text`. */
export interface SentenceContext {
  text: string;
  /** Offset of `text` in the document. */
  offset: number;
  start: number;
  end: number;
}

export interface DocumentAnswer extends Partial<DocumentInfo> {
  id: string;
  context?: SentenceContext;
}

/** Where the viewer's data comes from. Implementations: file-backend.ts, store-backend.ts. */
export interface ViewerBackend {
  readonly kind: "file" | "neo4j";
  graph(): Promise<SerializedKg>;
  search(q: string, limit: number): Promise<SearchHit[]>;
  expand(node: string, depth: number): Promise<SerializedKg>;
  queries(): Promise<QueryInfo[]>;
  query(req: QueryRequest): Promise<SerializedKg>;
  document(id: string, span?: { start: number; end: number }): Promise<DocumentAnswer | undefined>;
  close(): Promise<void>;
}
