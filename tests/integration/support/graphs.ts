// Builders for small kg graphs in integration tests; every key and document id carries a per-test prefix.
import neo4j, { type Driver } from "neo4j-driver";
import type { DocumentInfo, Evidence, EntityType, Mention, SerializedKg } from "../../../graph/types.js";

export interface EntitySpec {
  name: string;
  type: EntityType;
  mentions: Array<[doc: string, start: number, end: number]>;
  aliases?: string[];
}

export interface RelationSpec {
  relation: string;
  head: string;
  tail: string;
  evidence: Array<[doc: string, start: number, end: number, text?: string]>;
}

/** A unique prefix per test so tests share one Neo4j without seeing each other's data. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}:`;
}

export function entityKey(prefix: string, type: EntityType, name: string): string {
  return `${prefix}${type}:${name.toLowerCase()}`;
}

/** A kg graph from short specs: documents by id (with a sha256), entities with mentions, relations with evidence. */
export function buildKg(
  prefix: string,
  docs: Array<[id: string, sha256: string, date?: string]>,
  entities: EntitySpec[],
  relations: RelationSpec[] = [],
): SerializedKg {
  const keyOf = new Map(entities.map((e) => [e.name, entityKey(prefix, e.type, e.name)]));
  const documents: DocumentInfo[] = docs.map(([id, sha256, date]) => ({
    id: prefix + id,
    path: `${id}.txt`,
    title: `Title of ${id}`,
    sha256,
    length: 1000,
    ...(date ? { date } : {}),
  }));
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { documents },
    nodes: entities.map((e) => ({
      key: keyOf.get(e.name)!,
      attributes: {
        name: e.name,
        entityType: e.type,
        aliases: e.aliases ?? [],
        mentions: e.mentions.map(([doc, start, end]): Mention => ({ doc: prefix + doc, start, end, text: e.name })),
        confidence: 0.9,
        docCount: new Set(e.mentions.map((m) => m[0])).size,
      },
    })),
    edges: relations.map((r) => ({
      key: `${r.relation}|${keyOf.get(r.head)}|${keyOf.get(r.tail)}`,
      source: keyOf.get(r.head)!,
      target: keyOf.get(r.tail)!,
      attributes: {
        relation: r.relation,
        confidence: 0.8,
        evidence: r.evidence.map(([doc, start, end, text]): Evidence => ({ doc: prefix + doc, start, end, text: text ?? "a sentence" })),
      },
    })),
  };
}

export function testDriver(): Driver {
  return neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""), {
    logging: { level: "error", logger: () => {} },
  });
}

export interface Counts {
  entities: number;
  documents: number;
  mentions: number;
  relationships: number;
  evidence: number;
}

/** Counts of everything under a prefix. */
export async function countsFor(driver: Driver, prefix: string): Promise<Counts> {
  const res = await driver.executeQuery(
    `CALL { MATCH (e:Entity) WHERE e.key STARTS WITH $p RETURN count(e) AS entities }
     CALL { MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN count(d) AS documents }
     CALL { MATCH (d:Document)-[m:MENTIONS]->() WHERE d.id STARTS WITH $p RETURN count(m) AS mentions }
     CALL { MATCH (a:Entity)-[r]->(:Entity) WHERE a.key STARTS WITH $p
            RETURN count(r) AS relationships, sum(size(r.evidenceDocs)) AS evidence }
     RETURN entities, documents, mentions, relationships, evidence`,
    { p: prefix },
  );
  const r = res.records[0]!;
  const n = (k: string) => Number(r.get(k) ?? 0);
  return { entities: n("entities"), documents: n("documents"), mentions: n("mentions"), relationships: n("relationships"), evidence: n("evidence") };
}

/** Removes everything under a prefix. */
export async function cleanup(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery("MATCH (e:Entity) WHERE e.key STARTS WITH $p DETACH DELETE e", { p: prefix });
  await driver.executeQuery("MATCH (d:Document) WHERE d.id STARTS WITH $p DETACH DELETE d", { p: prefix });
}
