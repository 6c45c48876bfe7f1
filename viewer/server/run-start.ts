// Runs `kg start` (npm start): extract the bundled examples, load them into Neo4j if one runs, serve, print the URL.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KgError, StoreUnavailableError } from "../../graph/errors.js";
import { createFileBackend, readGraphFile } from "./file-backend.js";
import { serveViewer, type RunServeOptions } from "./run-serve.js";
import { createStoreBackend } from "./store-backend.js";
import type { ViewerBackend } from "./types.js";

export interface RunStartOptions extends RunServeOptions {
  /** Articles to extract (default: the bundled examples/). */
  examples?: string;
  /** Skip Neo4j even when one is available. */
  neo4j?: boolean;
  open?: boolean;
}

/** The bundled examples/ folder, from the sources or the build. */
export function examplesDir(): string {
  for (const rel of ["../../examples", "../../../examples"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir.replace(/\/$/, "");
  }
  throw new KgError("viewer/start: the bundled examples/ folder is missing");
}

/** Loads the graph into Neo4j when one is configured or running; undefined (with a note) otherwise. */
async function tryNeo4j(graphFile: string): Promise<ViewerBackend | undefined> {
  const { openStore, resolveStoreConfig } = await import("../../graph/store/index.js");
  try {
    const store = await openStore(resolveStoreConfig());
    const s = await store.load(await readGraphFile(graphFile));
    console.error(`kg: loaded the examples into Neo4j at ${store.config.uri} (${s.entities} entities, ${s.relationships} relations)`);
    return createStoreBackend(store);
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    console.error(`kg: no Neo4j (${err.message.replace(/^graph\/store: /, "")}); serving the graph file: expand works in memory, queries need Neo4j`);
    return undefined;
  }
}

/** Opens the URL in a browser when there is a display; silently does nothing otherwise. */
function openBrowser(url: string): void {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === "linux") return;
  const cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  try {
    spawn(cmd, [url], { detached: true, stdio: "ignore" }).on("error", () => {}).unref();
  } catch {
    /* no opener: the URL is printed anyway */
  }
}

export async function runStart(options: RunStartOptions): Promise<void> {
  const { runExtract } = await import("../../cli/extract-run.js");
  const examples = options.examples ?? examplesDir();
  mkdirSync(".kg", { recursive: true });
  const graphFile = path.join(".kg", "examples-graph.json");
  console.error(`kg: extracting ${examples} into ${graphFile}`);
  await runExtract([examples], { out: graphFile });
  const backend = (options.neo4j === false ? undefined : await tryNeo4j(graphFile)) ?? createFileBackend(await readGraphFile(graphFile));
  const viewer = await serveViewer(options, backend);
  console.log(`kg viewer: ${viewer.url}`);
  if (options.open !== false) openBrowser(viewer.url);
}
