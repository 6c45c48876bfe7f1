// Neo4j driver values -> plain JSON at the boundary: integers, nodes, relationships, paths, temporals.
import neo4j from "neo4j-driver";

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Converts any value the driver returns into JSON-friendly data. Big integers become strings. */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return neo4j.integer.inSafeRange(v) ? neo4j.integer.toNumber(v) : neo4j.integer.toString(v);
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (neo4j.isNode(v as never)) return plainNode(v as never);
  if (neo4j.isRelationship(v as never)) return plainRel(v as never);
  if (neo4j.isPath(v as never)) {
    const p = v as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    return {
      nodes: [plainNode(p.start as never), ...p.segments.map((s) => plainNode(s.end as never))],
      relationships: p.segments.map((s) => plainRel(s.relationship as never)),
    } satisfies PlainPath;
  }
  if (isTemporalOrPoint(v)) return String(v);
  if (typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x);
    return out;
  }
  return v;
}

function isTemporalOrPoint(v: unknown): boolean {
  return (
    neo4j.isDate(v as never) ||
    neo4j.isDateTime(v as never) ||
    neo4j.isLocalDateTime(v as never) ||
    neo4j.isTime(v as never) ||
    neo4j.isLocalTime(v as never) ||
    neo4j.isDuration(v as never) ||
    neo4j.isPoint(v as never)
  );
}

function plainProps(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(p)) out[k] = toPlain(x);
  return out;
}

function plainNode(n: { elementId: string; labels: string[]; properties: Record<string, unknown> }): PlainNode {
  return { elementId: n.elementId, labels: [...n.labels], properties: plainProps(n.properties) };
}

function plainRel(r: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): PlainRelationship {
  return {
    elementId: r.elementId,
    type: r.type,
    start: r.startNodeElementId,
    end: r.endNodeElementId,
    properties: plainProps(r.properties),
  };
}

export function isPlainNode(v: unknown): v is PlainNode {
  return !!v && typeof v === "object" && Array.isArray((v as PlainNode).labels) && "properties" in v;
}

export function isPlainRelationship(v: unknown): v is PlainRelationship {
  return !!v && typeof v === "object" && typeof (v as PlainRelationship).type === "string" && "start" in v && "properties" in v;
}

/** JS parameters -> driver parameters: whole numbers become Neo4j integers (LIMIT, depth, offsets). */
export function toNeo4jParams(params: Record<string, unknown> = {}): Record<string, unknown> {
  const conv = (v: unknown): unknown => {
    if (typeof v === "number" && Number.isInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, conv(x)]));
    }
    return v;
  };
  return conv(params) as Record<string, unknown>;
}
