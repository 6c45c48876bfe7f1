// The kg model in Cypher (shared by the loader and the Cypher export): fixed text, data only in $parameters.
import { UsageError } from "../errors.js";
import { ENTITY_TYPES, type EntityType } from "../types.js";
import { RELATION_TYPE_PATTERN } from "./rows.js";

export const CONSTRAINTS = [
  "CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE",
  "CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE INDEX kg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
];

export const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props`;

/** The label is checked against ENTITY_TYPES before it is put into the text. */
export function upsertEntities(entityType: EntityType): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(entityType)) throw new UsageError(`graph/store: bad entity type ${entityType}`);
  return `
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:${entityType}, e += row.props, e.aliases = row.aliases, e.roles = row.roles
ON MATCH SET e:${entityType}, e += row.props,
  e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])],
  e.roles = coalesce(e.roles, []) + [r IN row.roles WHERE NOT r IN coalesce(e.roles, [])]`;
}

export const UPSERT_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
MATCH (d:Document {id: row.doc})
MERGE (d)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text`;

const KEEP = "[i IN range(0, size(coalesce(r.evidenceDocs, [])) - 1) WHERE NOT r.evidenceDocs[i] IN $docIds";
/** Old trigger / date arrays; absent when every entry was "" (saves two array records a relationship). */
const OLD_TRIGGERS = "coalesce(r.evidenceTriggers, [x IN coalesce(r.evidenceDocs, []) | ''])";
const OLD_DATES = "coalesce(r.evidenceDates, [x IN coalesce(r.evidenceDocs, []) | ''])";
/** A string list, or null (no property) when it is empty or all "". */
const orNull = (list: string) => `CASE WHEN all(x IN ${list} WHERE x = '') THEN null ELSE ${list} END`;
const DISTINCT_COUNT = (list: string) => `size(reduce(acc = [], d IN ${list} | CASE WHEN d IN acc THEN acc ELSE acc + d END))`;

/**
 * Evidence from the documents of this load ($docIds) is replaced by the row's; evidence from other
 * documents is kept. So re-loading changes nothing and a second corpus adds to shared relations.
 * SET items run in order: every item reads the old r.evidenceDocs, which is written last.
 */
export function upsertRelations(relation: string, allowed: ReadonlySet<string>): string {
  if (!RELATION_TYPE_PATTERN.test(relation) || !allowed.has(relation)) {
    throw new UsageError(`graph/store: relation type "${relation}" is not in the schema`);
  }
  return `
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:${relation} {key: row.key}]->(b)
ON CREATE SET r += row.props, r.relation = row.relation,
  r.evidenceStarts = row.evidenceStarts, r.evidenceEnds = row.evidenceEnds, r.evidenceTexts = row.evidenceTexts,
  r.evidenceTriggers = ${orNull("row.evidenceTriggers")}, r.evidenceDates = ${orNull("row.evidenceDates")},
  r.evidenceDocs = row.evidenceDocs,
  r.docCount = ${DISTINCT_COUNT("row.evidenceDocs")}, r.dates = ${orNull("row.dates")}
ON MATCH SET r += row.props, r.relation = row.relation,
  r.dates = ${orNull(`reduce(acc = [], d IN row.dates + ${KEEP} AND ${OLD_DATES}[i] <> '' | ${OLD_DATES}[i]] + coalesce(r.dates, [])
    | CASE WHEN d IN acc THEN acc ELSE acc + d END)`)},
  r.evidenceStarts = ${KEEP} | r.evidenceStarts[i]] + row.evidenceStarts,
  r.evidenceEnds = ${KEEP} | r.evidenceEnds[i]] + row.evidenceEnds,
  r.evidenceTexts = ${KEEP} | r.evidenceTexts[i]] + row.evidenceTexts,
  r.evidenceTriggers = ${orNull(`${KEEP} | ${OLD_TRIGGERS}[i]] + row.evidenceTriggers`)},
  r.evidenceDates = ${orNull(`${KEEP} | ${OLD_DATES}[i]] + row.evidenceDates`)},
  r.docCount = ${DISTINCT_COUNT(`(${KEEP} | r.evidenceDocs[i]] + row.evidenceDocs)`)},
  r.evidenceDocs = ${KEEP} | r.evidenceDocs[i]] + row.evidenceDocs`;
}

/** Entity docCount = distinct documents that mention it (kept as loaded when none do). */
export const UPDATE_DOC_COUNTS = `
UNWIND $keys AS key
MATCH (e:Entity {key: key})
WITH e, COUNT { MATCH (d:Document)-[:MENTIONS]->(e) RETURN DISTINCT d } AS n
SET e.docCount = CASE WHEN n > 0 THEN n ELSE e.docCount END`;

/** Existing sha256 of the documents about to be loaded. */
export const DOCUMENT_HASHES = `
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.sha256 AS sha256, d.factsHash AS factsHash`;

/** Removes one document's evidence from relationships; deletes relationships left without any. */
export const PURGE_DOCUMENT_EVIDENCE = `
MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.evidenceDocs
WITH r, [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] <> $id] AS keep
WITH r, keep, r.evidenceDocs AS od, r.evidenceStarts AS os, r.evidenceEnds AS oe,
     r.evidenceTexts AS ot, ${OLD_TRIGGERS} AS og, ${OLD_DATES} AS odt
SET r.evidenceDocs = [i IN keep | od[i]], r.evidenceStarts = [i IN keep | os[i]],
    r.evidenceEnds = [i IN keep | oe[i]], r.evidenceTexts = [i IN keep | ot[i]],
    r.evidenceTriggers = ${orNull("[i IN keep | og[i]]")}, r.evidenceDates = ${orNull("[i IN keep | odt[i]]")}
WITH r, [i IN keep | od[i]] AS docs
FOREACH (_ IN CASE WHEN size(docs) = 0 THEN [1] ELSE [] END | DELETE r)
WITH r, docs WHERE size(docs) > 0
SET r.docCount = size(reduce(acc = [], d IN docs | CASE WHEN d IN acc THEN acc ELSE acc + d END))`;

/** Removes one document's mentions; deletes entities left with no mention; returns the survivors' keys. */
export const PURGE_DOCUMENT_MENTIONS = `
MATCH (d:Document {id: $id})-[m:MENTIONS]->(e:Entity)
WITH collect(DISTINCT e) AS ents, collect(m) AS ms
FOREACH (m IN ms | DELETE m)
WITH ents
UNWIND ents AS e
WITH e, EXISTS { MATCH (:Document)-[:MENTIONS]->(e) } AS kept
FOREACH (_ IN CASE WHEN kept THEN [] ELSE [1] END | DETACH DELETE e)
WITH e, kept WHERE kept
RETURN e.key AS key`;
