// Build step: the extraction code as pre-linked one-file ESM bundles, so a thread starts without resolving and
// compiling ~550 modules (about 0.5 s less per thread): worker.bundle.js for worker threads, stream.bundle.js
// for the calling thread (graph/errors.js stays a shared import there: the CLI tests error classes). Every
// module's import.meta.url is rewritten to its own file's URL, so paths next to modules (data files,
// createRequire, the worker's own file) resolve as before. A manifest of the inputs (size, mtime) per bundle
// lets the pool ignore a stale one.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Bundles the worker and the stream module in `<dist>/ingest/parallel`; returns a one-line summary, or why it was skipped. */
export async function bundleWorker(dist) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    return "extraction bundles: skipped (esbuild not installed; threads load the modules one by one)";
  }
  const outDir = fileURLToPath(new URL("ingest/parallel/", dist));
  // The names the pool looks for (compiled just before this step).
  const { bundleNames } = await import(new URL("ingest/parallel/bundle.js", dist).href);
  const shared = fileURLToPath(new URL("graph/errors.js", dist));
  const sizes = [];
  for (const [name, external] of [["worker", []], ["stream", [shared]]]) {
    const entry = `${outDir}${name}.js`;
    const [bundleFile, manifestFile] = bundleNames(`${name}.js`);
    const outfile = `${outDir}${bundleFile}`;
    const result = await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      metafile: true,
      logLevel: "warning",
      plugins: [ownImportMetaUrl(outDir), keepShared(outDir, external)],
      // CommonJS dependencies call require(); an ESM bundle has none of its own.
      banner: { js: 'import { createRequire as __kgCreateRequire } from "node:module"; const require = __kgCreateRequire(import.meta.url);' },
    });
    // Own modules file by file; a package by its package.json (an upgrade rewrites it).
    const files = new Set(Object.keys(result.metafile.inputs).map((p) => packageJsonOf(`${process.cwd()}/${p}`)));
    for (const f of external) files.add(f);
    const inputs = [...files].map((abs) => {
      const st = statSync(abs);
      return [rel(outDir, abs), st.size, st.mtimeMs];
    });
    writeFileSync(`${outDir}${manifestFile}`, JSON.stringify({ inputs }));
    sizes.push(`${name} ${inputs.length} inputs ${Math.round(statSync(outfile).size / 1024)} kB`);
  }
  return `extraction bundles: ${sizes.join(", ")} -> ${outDir}`;
}

const rel = (from, to) => relative(from, to).split("\\").join("/");

/** Each module's import.meta.url becomes its own file's URL (relative to the bundle, which sits in `outDir`). */
function ownImportMetaUrl(outDir) {
  return {
    name: "own-import-meta-url",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        const url = `new URL(${JSON.stringify(rel(outDir, args.path))}, import.meta.url).href`;
        return { contents: text.replaceAll("import.meta.url", url), loader: "js" };
      });
    },
  };
}

/** Imports of the `external` files stay imports of those very files (one module instance with the caller). */
function keepShared(outDir, external) {
  return {
    name: "keep-shared",
    setup(build) {
      build.onResolve({ filter: /\.js$/ }, (args) => {
        if (!args.resolveDir || !args.path.startsWith(".")) return undefined;
        const abs = resolve(args.resolveDir, args.path);
        return external.includes(abs) ? { path: rel(outDir, abs), external: true } : undefined;
      });
    },
  };
}

/** For a file inside node_modules, its package's package.json; else the file itself. */
function packageJsonOf(file) {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return m ? `${m[1]}/package.json` : file;
}
