// Read-only guard: EXPLAIN the query first and refuse anything but a read, before it runs.
import type { Session } from "neo4j-driver";
import { UsageError } from "../errors.js";

/** Throws UsageError unless Neo4j plans `cypher` as a read-only query (query type "r"). */
export async function assertReadOnly(session: Session, cypher: string, params: Record<string, unknown>): Promise<void> {
  const body = cypher.trim().replace(/;\s*$/, "");
  const explain = /^(explain|profile)\b/i.test(body) ? body.replace(/^profile\b/i, "EXPLAIN") : `EXPLAIN ${body}`;
  const res = await session.executeRead((tx) => tx.run(explain, params));
  const type = res.summary.queryType;
  if (type !== "r") {
    const what = type === "s" ? "changes the schema" : "writes";
    throw new UsageError(`graph/store: the query ${what} (query type "${type}"); it was not run: pass --write to allow writes`);
  }
}
