// Which Neo4j to talk to: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), else `kg db start`'s server.
import { readState } from "../../db/index.js";
import { isLauncherAlive } from "../../db/process.js";
import { StoreUnavailableError } from "../errors.js";
import type { StoreConfig } from "./types.js";

export const NO_STORE_MESSAGE =
  "graph/store: no Neo4j available: run `kg db start` or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)";

/** Resolves the store config from the environment, then the local server's state file. */
export function resolveStoreConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
      origin: "env",
    };
  }
  const state = readState();
  if (state && isLauncherAlive(state.pid, state.home)) {
    // The local server runs with auth disabled; any credentials are accepted.
    return { uri: state.uri, user: "neo4j", password: "", origin: "local" };
  }
  throw new StoreUnavailableError(NO_STORE_MESSAGE);
}
