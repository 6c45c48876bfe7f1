// The worker as one pre-linked file (made by `npm run build`), used only while it matches the compiled modules.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What the build step records about the bundle: each input file (relative to the bundle's folder; a package by its package.json) with its size and mtime. */
export interface BundleManifest {
  inputs: Array<[path: string, size: number, mtimeMs: number]>;
}

export const BUNDLE_NAME = "worker.bundle.js";
export const MANIFEST_NAME = "worker.bundle.json";

/**
 * The bundled worker next to `workerUrl` when present and built from exactly the files on disk now;
 * else undefined (the worker then loads its ~400 modules one by one, about 0.5 s more per thread).
 * A stale bundle would run other code than the calling thread, so any changed input disqualifies it.
 */
export function freshBundle(workerUrl: URL): URL | undefined {
  const dir = dirname(fileURLToPath(workerUrl));
  const bundle = join(dir, BUNDLE_NAME);
  const manifestPath = join(dir, MANIFEST_NAME);
  if (!existsSync(bundle) || !existsSync(manifestPath)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as BundleManifest;
    for (const [path, size, mtimeMs] of manifest.inputs) {
      const st = statSync(join(dir, path));
      if (st.size !== size || st.mtimeMs !== mtimeMs) return undefined;
    }
    return manifest.inputs.length > 0 ? pathToFileURL(bundle) : undefined;
  } catch {
    return undefined;
  }
}
