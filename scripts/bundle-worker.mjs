// Build step: the extraction worker (dist/ingest/parallel/worker.js) as one pre-linked ESM file, so a worker
// thread starts without resolving and compiling ~400 modules (about 0.5 s less per thread). Every module's
// import.meta.url is rewritten to its own file's URL, so paths next to modules (data files, createRequire)
// resolve as before. A manifest of the inputs (size, mtime) lets the pool ignore a stale bundle.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Bundles `<dist>/ingest/parallel/worker.js`; returns a one-line summary, or why it was skipped. */
export async function bundleWorker(dist) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    return "worker bundle: skipped (esbuild not installed; workers load the modules one by one)";
  }
  const entry = fileURLToPath(new URL("ingest/parallel/worker.js", dist));
  const outDir = dirname(entry);
  const outfile = `${outDir}/worker.bundle.js`;
  const ownUrl = {
    name: "own-import-meta-url",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        const rel = JSON.stringify(relative(outDir, args.path).split("\\").join("/"));
        return { contents: text.replaceAll("import.meta.url", `new URL(${rel}, import.meta.url).href`), loader: "js" };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    logLevel: "warning",
    plugins: [ownUrl],
    // CommonJS dependencies call require(); an ESM bundle has none of its own.
    banner: { js: 'import { createRequire as __kgCreateRequire } from "node:module"; const require = __kgCreateRequire(import.meta.url);' },
  });
  // Own modules file by file; a package by its package.json (an upgrade rewrites it).
  const files = new Set(Object.keys(result.metafile.inputs).map((p) => packageJsonOf(`${process.cwd()}/${p}`)));
  const inputs = [...files].map((abs) => {
    const st = statSync(abs);
    return [relative(outDir, abs).split("\\").join("/"), st.size, st.mtimeMs];
  });
  writeFileSync(`${outDir}/worker.bundle.json`, JSON.stringify({ inputs }));
  return `worker bundle: ${inputs.length} modules, ${Math.round(statSync(outfile).size / 1024)} kB -> ${pathToFileURL(outfile).pathname}`;
}

/** For a file inside node_modules, its package's package.json; else the file itself. */
function packageJsonOf(file) {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return m ? `${m[1]}/package.json` : file;
}
