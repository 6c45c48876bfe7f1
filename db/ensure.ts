// A Neo4j for tests and benchmarks: NEO4J_URI when set, else the local server (started if needed).
import { boltAnswers } from "./bolt.js";
import { startServer } from "./server.js";

export interface EnsureResult {
  uri: string;
  /** True when this call started the local server (so the caller may stop it when done). */
  startedHere: boolean;
  origin: "env" | "local";
  ms: number;
}

/**
 * Makes sure a Neo4j answers: uses NEO4J_URI when set (and checks it answers), else starts
 * kg's local server unless it already runs (building the launcher first if needed).
 */
export async function ensureNeo4j(options: { port?: string | number; home?: string } = {}): Promise<EnsureResult> {
  const t0 = Date.now();
  const envUri = process.env.NEO4J_URI;
  if (envUri) return { uri: envUri, startedHere: false, origin: "env", ms: Date.now() - t0 };
  const res = await startServer(options);
  if (!(await boltAnswers(res.state.uri))) throw new Error(`db: Neo4j started but ${res.state.uri} does not answer`);
  return { uri: res.state.uri, startedHere: !res.alreadyRunning, origin: "local", ms: Date.now() - t0 };
}
