// Public face of graph/store: open the Neo4j store (env config or the local server) and load graphs.
import { resolveStoreConfig } from "./config.js";
import { Neo4jStore } from "./neo4j-store.js";
import type { StoreConfig } from "./types.js";

export { NO_STORE_MESSAGE, resolveStoreConfig } from "./config.js";
export { ensureConstraints, loadGraph, type LoadOptions, type LoadSummary } from "./load.js";
export { Neo4jStore } from "./neo4j-store.js";
export { toPlain, toNeo4jParams } from "./values.js";
export type { Row, Store, StoreConfig } from "./types.js";

/**
 * Opens the store and checks Neo4j answers. Throws StoreUnavailableError (one line saying what to do)
 * when no Neo4j is configured or reachable.
 * @example const store = await openStore(); const rows = await store.runNamed("most-connected", { limit: 5 });
 */
export async function openStore(config: StoreConfig = resolveStoreConfig()): Promise<Neo4jStore> {
  const store = new Neo4jStore(config);
  try {
    await store.verify();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
