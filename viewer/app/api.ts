// Calls to the viewer's JSON API; failures become Errors with the server's readable message.
import type { SerializedKg } from "../../graph/types.js";
import type { DocumentAnswer, QueryInfo, QueryRequest } from "../server/types.js";

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    throw new Error(`Cannot reach the kg server (${(err as Error).message}). Is \`kg serve\` still running?`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new Error(`The server answered ${res.status} with something that is not JSON.`);
  }
  if (!res.ok) {
    const message = (body as { error?: string } | undefined)?.error;
    throw new Error(message ?? `The server answered ${res.status} ${res.statusText}.`);
  }
  return body as T;
}

export const api = {
  info: () => call<{ backend: "file" | "neo4j" }>("/api/info"),
  graph: () => call<SerializedKg>("/api/graph"),
  expand: (node: string, depth = 1) =>
    call<SerializedKg>(`/api/expand?node=${encodeURIComponent(node)}&depth=${depth}`),
  queries: () => call<QueryInfo[]>("/api/queries"),
  query: (req: QueryRequest) =>
    call<SerializedKg>("/api/query", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(req),
    }),
  document: (id: string, span?: { start: number; end: number }) =>
    call<DocumentAnswer>(
      `/api/documents/${encodeURIComponent(id)}` + (span ? `?start=${span.start}&end=${span.end}` : ""),
    ),
};
