// The in-document model the extraction stages share: tokens, sentences, mentions, entities, relations.
import type { EntityType, ExtractedEntity, ExtractedRelation, SourceDocument } from "../../graph/types.js";
import type { Schema } from "../schema.js";

/** A word or punctuation token; offsets into SourceDocument.text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, punctuation-trimmed form. */
  normal: string;
  /** Part-of-speech and other tags (compromise's tag names: Noun, Verb, ProperNoun, Passive ...). */
  tags: string[];
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index range into AnnotatedDoc.tokens: [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

/** A span naming an entity; `entityId` points into AnnotatedDoc.entities once resolution has run. */
export interface MentionSpan {
  start: number;
  end: number;
  text: string;
  entityType: EntityType;
  sentence: number;
  entityId?: string;
  /** Title or role words found next to the mention ("Army Chief General"). */
  role?: string;
  /** How it was found (gazetteer, pattern, tagger, acronym ...) for debugging and confidence. */
  source: string;
  confidence: number;
  /** Canonical name when it differs from the surface ("Kenyan citizens" -> "Kenyan nationals"). */
  canonical?: string;
  /** Extra facts for the entity (countryCode, lat, lon for places). */
  attributes?: Record<string, unknown>;
}

/** A title or role phrase ("Army Chief General", "Chief of Army Staff"), kept apart from names. */
export interface RoleSpan {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Index of the mention (in AnnotatedDoc.mentions) the role belongs to, when one is adjacent. */
  mention?: number;
}

/** The document as it moves through the stages; each stage returns a new or extended one. */
export interface AnnotatedDoc {
  source: SourceDocument;
  /** Article date (YYYY-MM-DD) when known. */
  date?: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: MentionSpan[];
  /** Title and role phrases found by the mentions stage (optional: older stages may not set it). */
  roles?: RoleSpan[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  warnings: string[];
}

export interface StageContext {
  schema: Schema;
}

/** A pipeline component (spaCy-style): declares what it needs and what it adds. */
export interface Stage {
  name: string;
  requires: Array<keyof AnnotatedDoc>;
  provides: Array<keyof AnnotatedDoc>;
  run(doc: AnnotatedDoc, ctx: StageContext): AnnotatedDoc;
}
