// Public face of the local Neo4j: build the launcher, start / stop / inspect the server.
export { buildLauncher, isBuilt, type BuildResult } from "./build.js";
export { DEFAULT_PORT, localPaths, resolveHome, resolvePort, type LocalPaths } from "./paths.js";
export {
  readState,
  serverStatus,
  startServer,
  stopServer,
  type ServerState,
  type ServerStatus,
  type StartOptions,
  type StartResult,
} from "./server.js";
export { ensureNeo4j, type EnsureResult } from "./ensure.js";
