// A worker bundle is used only while every input it was built from is unchanged on disk.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleNames, freshBundle } from "../../../ingest/parallel/bundle.js";

const [BUNDLE_NAME, MANIFEST_NAME] = bundleNames("worker.js");

function layout(): { dir: string; worker: URL; input: string } {
  const root = mkdtempSync(join(tmpdir(), "kg-bundle-"));
  const dir = join(root, "parallel");
  mkdirSync(dir);
  const input = join(root, "extract.js");
  writeFileSync(input, "export const x = 1;\n");
  writeFileSync(join(dir, "worker.js"), "");
  writeFileSync(join(dir, BUNDLE_NAME), "");
  const st = statSync(input);
  writeFileSync(join(dir, MANIFEST_NAME), JSON.stringify({ inputs: [["../extract.js", st.size, st.mtimeMs]] }));
  return { dir, worker: pathToFileURL(join(dir, "worker.js")), input };
}

describe("freshBundle", () => {
  it("gives the bundle next to the worker while its inputs are as recorded", () => {
    expect(bundleNames("stream.js")).toEqual(["stream.bundle.js", "stream.bundle.json"]);
    const { dir, worker } = layout();
    expect(freshBundle(worker)?.href).toBe(pathToFileURL(join(dir, BUNDLE_NAME)).href);
  });

  it("ignores the bundle when an input changed, is gone, or the manifest is missing or empty", () => {
    const changed = layout();
    writeFileSync(changed.input, "export const x = 22;\n");
    expect(freshBundle(changed.worker)).toBeUndefined();
    const empty = layout();
    writeFileSync(join(empty.dir, MANIFEST_NAME), JSON.stringify({ inputs: [] }));
    expect(freshBundle(empty.worker)).toBeUndefined();
    const broken = layout();
    writeFileSync(join(broken.dir, MANIFEST_NAME), "{");
    expect(freshBundle(broken.worker)).toBeUndefined();
    expect(freshBundle(pathToFileURL(join(tmpdir(), "no-such-dir", "worker.js")))).toBeUndefined();
  });
});
