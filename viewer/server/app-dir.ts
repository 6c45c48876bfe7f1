// Where the built browser app lives: dist/viewer/app, found from this file (source or compiled).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KgError } from "../../graph/errors.js";

/** The folder of the built app; a clear error when the app was not built. */
export function appDir(): string {
  // Compiled: dist/viewer/server/app-dir.js -> dist/viewer/app. Source: viewer/server -> dist/viewer/app.
  for (const rel of ["../../dist/viewer/app", "../app"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}/index.html`)) return dir.replace(/\/$/, "");
  }
  throw new KgError("viewer/server: the viewer app is not built: run `npm run build`");
}
