// The JSON API routes of `kg serve`: graph, search, expand, queries, read-only query, documents.
import type { IncomingMessage, ServerResponse } from "node:http";
import { KgError, StoreUnavailableError, UsageError } from "../../graph/errors.js";
import { isWriteQuery } from "../shared/read-only.js";
import type { QueryRequest, ViewerBackend } from "./types.js";

const MAX_BODY = 64 * 1024;

/** Sends JSON with a status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}

/** Maps an error to a status and a readable message (never a stack). */
export function errorStatus(err: unknown): { status: number; error: string } {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof UsageError) return { status: 400, error: message };
  if (err instanceof StoreUnavailableError) return { status: 503, error: message };
  if (err instanceof KgError) return { status: 500, error: message };
  // Neo4j driver errors carry a code: show it, they are readable (syntax errors, unknown labels...).
  const code = (err as { code?: string })?.code;
  if (typeof code === "string" && code.startsWith("Neo.ClientError")) return { status: 400, error: `Neo4j: ${message}` };
  if (typeof code === "string") return { status: 502, error: `Neo4j: ${message}` };
  return { status: 500, error: `viewer/server: ${message}` };
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new UsageError("viewer/server: request body too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new UsageError("viewer/server: the request body is not JSON");
  }
}

function checkQuery(body: unknown): QueryRequest {
  const b = (body ?? {}) as QueryRequest;
  const params = b.params && typeof b.params === "object" && !Array.isArray(b.params) ? b.params : {};
  if (typeof b.name === "string" && b.name) return { name: b.name, params };
  if (typeof b.cypher === "string" && b.cypher.trim()) {
    if (isWriteQuery(b.cypher)) {
      throw new UsageError("viewer/server: the viewer is read-only: this query would write (CREATE, MERGE, SET, DELETE ...)");
    }
    return { cypher: b.cypher, params };
  }
  throw new UsageError('viewer/server: send {"name": "<query>"} or {"cypher": "MATCH ..."}');
}

/** Handles /api/* requests; answers 404/405 for unknown routes and methods. */
export async function handleApi(backend: ViewerBackend, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const route = url.pathname.replace(/\/+$/, "");
  const method = req.method ?? "GET";
  try {
    if (route === "/api/query") {
      if (method !== "POST") return sendJson(res, 405, { error: "viewer/server: use POST for /api/query" });
      return sendJson(res, 200, await backend.query(checkQuery(await readJsonBody(req))));
    }
    if (method !== "GET" && method !== "HEAD") {
      return sendJson(res, 405, { error: "viewer/server: the viewer API is read-only" });
    }
    if (route === "/api/graph") return sendJson(res, 200, await backend.graph());
    if (route === "/api/info") return sendJson(res, 200, { backend: backend.kind });
    if (route === "/api/search") {
      const limit = Math.min(50, Number(url.searchParams.get("limit")) || 10);
      return sendJson(res, 200, await backend.search(url.searchParams.get("q") ?? "", limit));
    }
    if (route === "/api/expand") {
      const node = url.searchParams.get("node");
      if (!node) throw new UsageError("viewer/server: /api/expand needs ?node=<key>");
      const depth = Math.max(1, Math.min(3, Number(url.searchParams.get("depth")) || 1));
      return sendJson(res, 200, await backend.expand(node, depth));
    }
    if (route === "/api/queries") return sendJson(res, 200, await backend.queries());
    if (route.startsWith("/api/documents/")) {
      const id = decodeURIComponent(route.slice("/api/documents/".length));
      const start = Number(url.searchParams.get("start"));
      const end = Number(url.searchParams.get("end"));
      const span = url.searchParams.has("start") && Number.isInteger(start) && Number.isInteger(end) ? { start, end } : undefined;
      const doc = await backend.document(id, span);
      return doc ? sendJson(res, 200, doc) : sendJson(res, 404, { error: `viewer/server: no document "${id}"` });
    }
    return sendJson(res, 404, { error: `viewer/server: no API route ${route}` });
  } catch (err) {
    const { status, error } = errorStatus(err);
    return sendJson(res, status, { error });
  }
}
