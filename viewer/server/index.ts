// Public face of the viewer server: start it over a graph file or a Neo4j store.
export { startViewerServer, type RunningViewer, type ViewerServerOptions } from "./server.js";
export { createFileBackend, readGraphFile } from "./file-backend.js";
export { createStoreBackend, openStoreBackend } from "./store-backend.js";
export { appDir } from "./app-dir.js";
export type { ViewerBackend, SearchHit, QueryInfo, QueryRequest, DocumentAnswer } from "./types.js";
