import { describe, expect, test } from "vitest";
import { isWriteQuery } from "../../../viewer/shared/read-only.js";

describe("viewer/shared/read-only", () => {
  test.each(["MATCH (n) DETACH DELETE n", "CREATE (n:X)", "MATCH (n) SET n.a = 1", "MERGE (a)-[:R]->(b)", "LOAD CSV FROM 'x' AS r RETURN r", "CALL apoc.create.node(['X'], {})", "match (n) remove n.a"])(
    "refuses %s",
    (q) => expect(isWriteQuery(q)).toBe(true),
  );
  test.each(["MATCH (n:Entity) RETURN n LIMIT 5", "MATCH (n) WHERE n.name = 'CREATE' RETURN n", "// DELETE later\nMATCH (n) RETURN count(n)", "MATCH (n) WHERE n.created > 1 RETURN n"])(
    "allows %s",
    (q) => expect(isWriteQuery(q)).toBe(false),
  );
});
