// Runs `kg serve`: picks the backend (graph file, else Neo4j), starts the server, prints the URL, waits.
import { UsageError } from "../../graph/errors.js";
import { appDir } from "./app-dir.js";
import { createFileBackend, readGraphFile } from "./file-backend.js";
import { startViewerServer, type RunningViewer } from "./server.js";
import { openStoreBackend } from "./store-backend.js";
import type { ViewerBackend } from "./types.js";

export interface RunServeOptions {
  port?: string | number;
  host?: string;
  graph?: string;
  /** Over Neo4j, how many entities the first screen loads. */
  maxNodes?: string | number;
}

/** A graph file when given, else Neo4j when configured or running locally. */
export async function chooseBackend(graph: string | undefined, maxNodes?: string | number): Promise<ViewerBackend> {
  if (graph) return createFileBackend(await readGraphFile(graph));
  const max = maxNodes === undefined ? undefined : Number(maxNodes);
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) throw new UsageError(`viewer/server: bad --max-nodes "${maxNodes}"`);
  const store = await openStoreBackend(max);
  if (store) return store;
  throw new UsageError(
    "viewer/server: nothing to show: pass --graph graph.json, set NEO4J_URI, or start Neo4j with `kg db start`",
  );
}

/** Starts the server and prints where it listens; resolves once it is up. */
export async function serveViewer(options: RunServeOptions, backend: ViewerBackend): Promise<RunningViewer> {
  const port = Number(options.port ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`viewer/server: bad port "${options.port}"`);
  const viewer = await startViewerServer({ backend, appDir: appDir(), host: options.host ?? "127.0.0.1", port }).catch(
    (err: NodeJS.ErrnoException) => {
      void backend.close();
      if (err.code === "EADDRINUSE") throw new UsageError(`viewer/server: port ${port} is in use: try --port 0`);
      throw err;
    },
  );
  const stop = () => void viewer.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return viewer;
}

export async function runServe(options: RunServeOptions): Promise<void> {
  const backend = await chooseBackend(options.graph, options.maxNodes);
  const viewer = await serveViewer(options, backend);
  console.log(`kg viewer (${backend.kind === "neo4j" ? "Neo4j" : options.graph}): ${viewer.url}`);
}
