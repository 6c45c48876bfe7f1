// Cross-area contracts: what ingest produces, what graph/ stores and exports, what the viewer draws.
import type { SerializedGraph } from "graphology-types";

export const ENTITY_TYPES = ["Person", "Organization", "Place", "Project", "Group", "Event"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation types are UPPER_SNAKE strings from the schema file (schema/default.json or a user's). */
export type RelationType = string;

/** A character span in one document. Offsets are JS string offsets into the file's text as read. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

/** Where an entity is named: the surface string is `fileText.slice(start, end)`. */
export interface Mention extends Span {
  text?: string;
}

/** Why an edge exists: the sentence span that says it (plus its text, for reading without the file). */
export interface Evidence extends Span {
  text?: string;
  /** Trigger word or pattern that fired, for debugging and confidence. */
  trigger?: string;
  date?: string;
}

/** One input document as stored in the graph (graph attribute `documents`, Neo4j :Document). */
export interface DocumentInfo {
  id: string;
  path: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) of the article, from metadata or the file's header line. */
  date?: string;
  url?: string;
  sha256: string;
  /** Length of the text as read (JS string length). */
  length: number;
}

export interface KgNodeAttributes {
  name: string;
  entityType: EntityType;
  aliases: string[];
  mentions: Mention[];
  /** Titles and roles seen with a person ("Army Chief", "General"). */
  roles?: string[];
  /** Number of distinct documents that mention the entity. */
  docCount?: number;
  confidence?: number;
  /** Place facts from gazetteers. */
  countryCode?: string;
  lat?: number;
  lon?: number;
  /** Viewer layout, when present. */
  x?: number;
  y?: number;
  [extra: string]: unknown;
}

export interface KgEdgeAttributes {
  relation: RelationType;
  evidence: Evidence[];
  /** Number of distinct documents supporting the edge. */
  docCount?: number;
  confidence?: number;
  /** Dates (YYYY-MM-DD) the related events happened, sorted, distinct. */
  dates?: string[];
  symmetric?: boolean;
  [extra: string]: unknown;
}

export interface KgGraphAttributes {
  /** Documents the graph was built from, sorted by id. */
  documents?: DocumentInfo[];
  generator?: string;
  [extra: string]: unknown;
}

/** The file format of `kg extract --out graph.json`: graphology's serialized JSON. */
export type SerializedKg = SerializedGraph<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;

// ---- per-document extraction (ingest -> graph/build)

/** A document as read: the text the extractor sees and how to map its offsets back to the file. */
export interface SourceDocument {
  info: DocumentInfo;
  /** Text the pipeline works on. For .txt/.md this is the file's text as read. */
  text: string;
  /** Ranges of `text` worth extracting from (header lines, bylines and disclaimers left out). */
  regions: Array<[number, number]>;
  /**
   * For derived text (HTML main text, a JSON field): offsetMap[i] is the offset in the file's text
   * of text[i]; absent when `text` is the file's text itself.
   */
  offsetMap?: Int32Array;
}

/** An entity found in one document, before merging across documents. */
export interface ExtractedEntity {
  /** Unique within the document. */
  id: string;
  name: string;
  entityType: EntityType;
  aliases: string[];
  mentions: Mention[];
  roles?: string[];
  confidence: number;
  attributes?: Record<string, unknown>;
}

export interface ExtractedRelation {
  relation: RelationType;
  head: string;
  tail: string;
  evidence: Evidence;
  confidence: number;
  date?: string;
}

export interface DocExtraction {
  doc: DocumentInfo;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  warnings: string[];
}
