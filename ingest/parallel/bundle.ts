// Pre-linked one-file bundles of the extraction code (made by `npm run build`), used only while they match the compiled modules.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What the build step records about a bundle: each input file (relative to the bundle's folder; a package by its package.json) with its size and mtime. */
export interface BundleManifest {
  inputs: Array<[path: string, size: number, mtimeMs: number]>;
}

/** "worker.js" -> ["worker.bundle.js", "worker.bundle.json"]. */
export function bundleNames(moduleFile: string): [bundle: string, manifest: string] {
  const stem = moduleFile.replace(/\.js$/, "");
  return [`${stem}.bundle.js`, `${stem}.bundle.json`];
}

/**
 * The bundle of the module at `moduleUrl` (e.g. worker.js -> worker.bundle.js) when present and built from
 * exactly the files on disk now; else undefined (the module then loads its ~550 dependencies one by one,
 * about 0.5 s more per thread). A stale bundle would run other code than the rest, so any change disqualifies it.
 */
export function freshBundle(moduleUrl: URL): URL | undefined {
  if (moduleUrl.protocol !== "file:") return undefined;
  const file = fileURLToPath(moduleUrl);
  const dir = dirname(file);
  const [bundleName, manifestName] = bundleNames(basename(file));
  const bundle = join(dir, bundleName);
  const manifestPath = join(dir, manifestName);
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
