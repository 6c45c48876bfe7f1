// The HTTP server of `kg serve`: the JSON API under /api and the built app for everything else.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApi, sendJson } from "./api.js";
import { serveStatic } from "./static-files.js";
import type { ViewerBackend } from "./types.js";

export interface ViewerServerOptions {
  backend: ViewerBackend;
  /** Folder of the built app (dist/viewer/app). */
  appDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningViewer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the viewer on 127.0.0.1 unless another host is asked for.
 * @example const v = await startViewerServer({backend, appDir}); console.log(v.url);
 */
export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewer> {
  const { backend, appDir, host = "127.0.0.1", port = 0 } = options;
  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    const done = pathname.startsWith("/api/")
      ? handleApi(backend, req, res)
      : serveStatic(appDir, req, res).then((served) => {
          if (!served) sendJson(res, 404, { error: `viewer/server: not found: ${pathname}` });
        });
    done.catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: `viewer/server: ${(err as Error).message}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.close();
    },
  };
}
