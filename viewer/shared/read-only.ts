// A conservative check that Cypher text does not write (the store's runRead also refuses writes).

const WRITE_CLAUSES = /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD\s+CSV|FOREACH|ALTER|GRANT|DENY|REVOKE|START\s+DATABASE|STOP\s+DATABASE)\b/i;
const WRITE_PROCEDURES = /\bCALL\s+(apoc\.(create|merge|refactor|periodic|do|nodes\.delete|load)|db\.create|dbms\.)/i;

/** Removes string literals and comments so keywords inside them do not count. */
function stripLiterals(cypher: string): string {
  return cypher
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:[^`])*`/g, "''");
}

/**
 * True when the query contains a writing clause or procedure.
 * @example isWriteQuery("MATCH (n) DETACH DELETE n") // true
 */
export function isWriteQuery(cypher: string): boolean {
  const code = stripLiterals(cypher);
  return WRITE_CLAUSES.test(code) || WRITE_PROCEDURES.test(code);
}
