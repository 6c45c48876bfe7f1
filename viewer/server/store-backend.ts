// The viewer's data from Neo4j through graph/store (wired once the store lands).
import type { ViewerBackend } from "./types.js";

/** Neo4j when configured (NEO4J_URI) or running locally; undefined otherwise. */
export async function openStoreBackend(): Promise<ViewerBackend | undefined> {
  return undefined;
}
