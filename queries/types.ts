// The query library's types: a named, documented, parameterised .cypher file.
export const PARAM_TYPES = ["string", "int", "float", "bool", "date"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  /** A value that works on the bundled examples/ articles. */
  example: string | number | boolean | null;
  optional: boolean;
  description: string;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  /** The Cypher text (header comments included; Neo4j ignores them). */
  cypher: string;
  file: string;
}
