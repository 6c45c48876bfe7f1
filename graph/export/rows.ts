// A kg graph as Neo4j rows: documents, entities, mentions and relationships (pure; shared by load and Cypher export).
import { UsageError } from "../errors.js";
import { ENTITY_TYPES, type EntityType, type Evidence, type SerializedKg } from "../types.js";

export type Scalar = string | number | boolean;
/** What Neo4j can store in a property: a scalar or a homogeneous array of scalars. */
export type PropValue = Scalar | Scalar[] | null;
export type Props = Record<string, PropValue>;

export interface DocumentRow {
  id: string;
  props: Props;
}

export interface EntityRow {
  key: string;
  entityType: EntityType;
  aliases: string[];
  roles: string[];
  props: Props;
}

export interface MentionRow {
  key: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** Evidence as parallel arrays on the relationship ("" where a text, trigger or date is missing). */
export interface EvidenceArrays {
  evidenceDocs: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  evidenceTexts: string[];
  evidenceTriggers: string[];
  evidenceDates: string[];
}

export interface RelationRow extends EvidenceArrays {
  key: string;
  relation: string;
  source: string;
  target: string;
  dates: string[];
  props: Props;
}

export interface KgRows {
  documents: DocumentRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  /** Every document the graph speaks for (documents plus any doc named by a mention or evidence). */
  docIds: string[];
}

/** Node attributes kept out of `props`: stored elsewhere (mentions), computed (docCount) or view-only (x, y). */
const NODE_SKIP = new Set(["mentions", "aliases", "roles", "entityType", "docCount", "x", "y", "key"]);
const EDGE_SKIP = new Set(["evidence", "relation", "dates", "docCount", "key"]);

/** Relation types must be UPPER_SNAKE (they become relationship types in Cypher). */
export const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

export function isEntityType(t: unknown): t is EntityType {
  return typeof t === "string" && (ENTITY_TYPES as readonly string[]).includes(t);
}

/** Keeps values Neo4j can store; drops nested objects and mixed arrays. */
export function toPropValue(v: unknown): PropValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    const kind = typeof v[0];
    if (!["string", "number", "boolean"].includes(kind) || v.some((x) => typeof x !== kind)) return undefined;
    return v as Scalar[];
  }
  return undefined;
}

function pickProps(attrs: Record<string, unknown>, skip: Set<string>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.has(k)) continue;
    const pv = toPropValue(v);
    if (pv !== undefined) out[k] = pv;
  }
  return out;
}

/** Evidence list -> parallel arrays, sorted by (doc, start, end) and de-duplicated. */
export function evidenceToArrays(evidence: Evidence[]): EvidenceArrays {
  const seen = new Set<string>();
  const sorted = [...evidence]
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start || a.end - b.end)
    .filter((e) => {
      const id = `${e.doc}\u0000${e.start}\u0000${e.end}`;
      return seen.has(id) ? false : (seen.add(id), true);
    });
  return {
    evidenceDocs: sorted.map((e) => e.doc),
    evidenceStarts: sorted.map((e) => e.start),
    evidenceEnds: sorted.map((e) => e.end),
    evidenceTexts: sorted.map((e) => e.text ?? ""),
    evidenceTriggers: sorted.map((e) => e.trigger ?? ""),
    evidenceDates: sorted.map((e) => e.date ?? ""),
  };
}

/** The inverse of evidenceToArrays. */
export function arraysToEvidence(a: Partial<EvidenceArrays>): Evidence[] {
  const docs = a.evidenceDocs ?? [];
  return docs.map((doc, i) => {
    const ev: Evidence = { doc, start: Number(a.evidenceStarts?.[i] ?? 0), end: Number(a.evidenceEnds?.[i] ?? 0) };
    if (a.evidenceTexts?.[i]) ev.text = a.evidenceTexts[i];
    if (a.evidenceTriggers?.[i]) ev.trigger = a.evidenceTriggers[i];
    if (a.evidenceDates?.[i]) ev.date = a.evidenceDates[i];
    return ev;
  });
}

/** The default edge key when a serialized edge has none: one edge per (relation, source, target). */
export function edgeKey(relation: string, source: string, target: string): string {
  return `${relation}|${source}|${target}`;
}

/**
 * Turns a serialized kg graph into Neo4j rows. Throws on an unknown entity type or a relation that
 * is not UPPER_SNAKE: those become labels and relationship types, never data in Cypher text.
 */
export function graphToRows(kg: SerializedKg): KgRows {
  const docIds = new Set<string>();
  const documents: DocumentRow[] = (kg.attributes?.documents ?? []).map((d) => {
    docIds.add(d.id);
    return { id: d.id, props: pickProps(d as unknown as Record<string, unknown>, new Set(["id"])) };
  });
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  for (const n of kg.nodes ?? []) {
    const a = n.attributes ?? ({} as NonNullable<typeof n.attributes>);
    if (!isEntityType(a.entityType)) throw new UsageError(`graph/export: node ${n.key}: unknown entity type "${String(a.entityType)}"`);
    entities.push({
      key: String(n.key),
      entityType: a.entityType,
      aliases: (a.aliases ?? []).map(String),
      roles: (a.roles ?? []).map(String),
      props: { ...pickProps(a, NODE_SKIP), entityType: a.entityType },
    });
    for (const m of a.mentions ?? []) {
      docIds.add(m.doc);
      mentions.push({ key: String(n.key), doc: m.doc, start: m.start, end: m.end, text: m.text ?? "" });
    }
  }
  const relations: RelationRow[] = (kg.edges ?? []).map((e) => {
    const a = e.attributes ?? ({} as NonNullable<typeof e.attributes>);
    const relation = String(a.relation);
    if (!RELATION_TYPE_PATTERN.test(relation)) throw new UsageError(`graph/export: edge ${e.key ?? ""}: relation "${relation}" is not UPPER_SNAKE`);
    const evidence = a.evidence ?? [];
    for (const ev of evidence) docIds.add(ev.doc);
    const source = String(e.source);
    const target = String(e.target);
    return {
      key: String(e.key ?? edgeKey(relation, source, target)),
      relation,
      source,
      target,
      dates: [...new Set((a.dates ?? []).map(String))].sort(),
      props: pickProps(a, EDGE_SKIP),
      ...evidenceToArrays(evidence),
    };
  });
  addFactsHashes(documents, mentions, relations);
  return { documents, entities, mentions, relations, docIds: [...docIds].sort() };
}

/**
 * A fingerprint of what the graph says about each document (its mentions and evidence), stored as
 * Document.factsHash: when it differs from the stored one (a new extractor, a different merge) the
 * document's old facts are replaced even though its text (sha256) did not change.
 */
function addFactsHashes(documents: DocumentRow[], mentions: MentionRow[], relations: RelationRow[]): void {
  const facts = new Map<string, string[]>();
  const add = (doc: string, fact: string) => (facts.get(doc) ?? facts.set(doc, []).get(doc)!).push(fact);
  for (const m of mentions) add(m.doc, `m|${m.key}|${m.start}|${m.end}`);
  for (const r of relations) r.evidenceDocs.forEach((doc, i) => add(doc, `e|${r.key}|${r.evidenceStarts[i]}|${r.evidenceEnds[i]}`));
  for (const d of documents) d.props.factsHash = fnv1a((facts.get(d.id) ?? []).sort().join("\n"));
}

/** 53-bit FNV-1a style hash as hex (pure JS, browser-safe; a fingerprint, not security). */
export function fnv1a(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) & 0x1fffff).toString(16).padStart(6, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

/** Groups rows by a key (entity type, relation type) so each group uses one label or type. */
export function groupBy<T>(rows: T[], by: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = by(r);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(r);
  }
  return out;
}
