// Neo4j nodes and relationships (as plain values) -> a kg graph (SerializedKg), mentions and documents included.
import { arraysToEvidence, type EvidenceArrays } from "../export/index.js";
import type { DocumentInfo, EntityType, KgEdgeAttributes, KgNodeAttributes, Mention, SerializedKg } from "../types.js";
import { ENTITY_TYPES } from "../types.js";
import { isPlainNode, isPlainRelationship, type PlainNode, type PlainRelationship } from "./values.js";

export interface Collected {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

/** Walks result rows and collects every :Entity node and every relationship between entities. */
export function collectGraphValues(rows: unknown[], into: Collected = { nodes: new Map(), relationships: new Map() }): Collected {
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (isPlainNode(v)) {
      if (v.labels.includes("Entity")) into.nodes.set(v.elementId, v);
      return;
    }
    if (isPlainRelationship(v)) {
      if (v.type !== "MENTIONS") into.relationships.set(v.elementId, v);
      return;
    }
    if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return into;
}

const EDGE_ARRAYS = ["evidenceDocs", "evidenceStarts", "evidenceEnds", "evidenceTexts", "evidenceTriggers", "evidenceDates"];

export function nodeAttributes(n: PlainNode, mentions: Mention[]): KgNodeAttributes {
  const p = { ...n.properties };
  const labelType = n.labels.find((l) => (ENTITY_TYPES as readonly string[]).includes(l));
  const entityType = (p.entityType as EntityType | undefined) ?? (labelType as EntityType) ?? "Group";
  delete p.key;
  return {
    ...p,
    name: String(p.name ?? ""),
    entityType,
    aliases: (p.aliases as string[] | undefined) ?? [],
    mentions,
  };
}

export function edgeAttributes(r: PlainRelationship): KgEdgeAttributes {
  const p = { ...r.properties };
  const evidence = arraysToEvidence(p as Partial<EvidenceArrays>);
  for (const k of [...EDGE_ARRAYS, "key", "relation"]) delete p[k];
  const attrs: KgEdgeAttributes = { ...p, relation: r.type, evidence };
  if (Array.isArray(p.dates)) attrs.dates = [...(p.dates as string[])].sort();
  return attrs;
}

/** Assembles the kg graph; `mentions` by entity key and `documents` come from follow-up queries. */
export function assembleKg(
  c: Collected,
  mentions: Map<string, Mention[]>,
  documents: DocumentInfo[],
): SerializedKg {
  const keyOf = new Map<string, string>();
  const nodes: SerializedKg["nodes"] = [];
  for (const n of c.nodes.values()) {
    const key = String(n.properties.key ?? n.elementId);
    keyOf.set(n.elementId, key);
    nodes.push({ key, attributes: nodeAttributes(n, mentions.get(key) ?? []) });
  }
  const edges: SerializedKg["edges"] = [];
  for (const r of c.relationships.values()) {
    const source = keyOf.get(r.start);
    const target = keyOf.get(r.end);
    if (source === undefined || target === undefined) continue;
    edges.push({ key: String(r.properties.key ?? r.elementId), source, target, attributes: edgeAttributes(r) });
  }
  nodes.sort((a, b) => a.key.localeCompare(b.key));
  edges.sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { documents: [...documents].sort((a, b) => a.id.localeCompare(b.id)), generator: "kg (neo4j)" },
    nodes,
    edges,
  };
}

/** Every document id a kg graph refers to (mentions and evidence). */
export function referencedDocs(c: Collected, mentions: Map<string, Mention[]>): string[] {
  const ids = new Set<string>();
  for (const list of mentions.values()) for (const m of list) ids.add(m.doc);
  for (const r of c.relationships.values()) for (const d of (r.properties.evidenceDocs as string[] | undefined) ?? []) ids.add(d);
  return [...ids].sort();
}
