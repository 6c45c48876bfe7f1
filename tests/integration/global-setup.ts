// Integration and e2e tests need a Neo4j: NEO4J_URI when set, else kg's local server (built and started if needed).
import { ensureNeo4j, stopServer } from "../../db/index.js";

/**
 * Sets NEO4J_URI for the test workers. The local server is left running for the next run (fast
 * loop) unless KG_NEO4J_STOP_AFTER_TESTS=1, in which case it is stopped if this setup started it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const res = await ensureNeo4j();
  if (!process.env.NEO4J_URI) {
    process.env.NEO4J_URI = res.uri;
    process.env.NEO4J_USER ??= "neo4j";
    process.env.NEO4J_PASSWORD ??= "";
  }
  return async () => {
    if (res.startedHere && process.env.KG_NEO4J_STOP_AFTER_TESTS === "1") await stopServer();
  };
}
