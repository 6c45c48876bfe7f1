// Worker threads give the same extractions as in-process, in input order, with bounded read-ahead.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../graph/types.js";
import { defaultWorkers, extractFiles, extractStream, type ExtractItem } from "../../../ingest/parallel/index.js";
import { discoverInputs, readDocuments, type ReadItem } from "../../../ingest/read/index.js";
import { InputError } from "../../../graph/errors.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples", import.meta.url));

async function collect(items: AsyncIterable<ExtractItem>): Promise<ExtractItem[]> {
  const out: ExtractItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function synthetic(n: number): SourceDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const text = `Minister Lena Varga${i} met General Otto Brand${i} in Vienna on Monday. The army said talks went well.`;
    return { info: { id: `doc-${i}.txt`, path: `doc-${i}.txt`, sha256: "0".repeat(64), length: text.length }, text, regions: [[0, text.length]] };
  });
}

async function* asItems(docs: SourceDocument[], counter?: { produced: number }): AsyncGenerator<ReadItem> {
  for (const doc of docs) {
    if (counter) counter.produced++;
    yield { kind: "doc", doc };
  }
}

describe("extractStream", () => {
  it("gives identical results with 2 workers and in-process on examples/", async () => {
    const inProcess = await collect(extractStream(readDocuments([EXAMPLES]), { workers: 1 }));
    // Worker threads only (the calling thread just feeds), and the calling thread helping a worker.
    for (const mainThread of [false, true]) {
      const threaded = await collect(extractStream(readDocuments([EXAMPLES]), { workers: 2, mainThread }));
      const failed = threaded.find((i) => i.kind === "issue");
      expect(failed?.kind === "issue" ? failed.error.message : "").toBe("");
      expect(threaded.length).toBe(inProcess.length);
      expect(JSON.stringify(threaded)).toBe(JSON.stringify(inProcess));
    }
    expect(inProcess.every((i) => i.kind === "extraction")).toBe(true);
  }, 60_000);

  it("keeps input order and results when the calling thread extracts alongside a worker", async () => {
    const docs = synthetic(400);
    const inProcess = await collect(extractStream(asItems(docs), { workers: 1 }));
    const shared = await collect(extractStream(asItems(docs), { workers: 2 }));
    expect(JSON.stringify(shared)).toBe(JSON.stringify(inProcess));
  }, 60_000);

  it("keeps input order, passes issues through in place, and reads ahead only a bounded number of documents", async () => {
    const docs = synthetic(60);
    const counter = { produced: 0 };
    async function* withIssue(): AsyncGenerator<ReadItem> {
      let i = 0;
      for await (const item of asItems(docs, counter)) {
        if (i++ === 5) yield { kind: "issue", error: new InputError("bad.bin", "binary file") };
        yield item;
      }
    }
    const seen: string[] = [];
    let maxAhead = 0;
    for await (const item of extractStream(withIssue(), { workers: 2, maxInFlight: 6, mainThread: false })) {
      seen.push(item.kind === "extraction" ? item.extraction.doc.id : "issue");
      maxAhead = Math.max(maxAhead, counter.produced - seen.filter((s) => s !== "issue").length);
    }
    expect(seen).toEqual([...docs.slice(0, 5).map((d) => d.info.id), "issue", ...docs.slice(5).map((d) => d.info.id)]);
    expect(maxAhead).toBeLessThanOrEqual(7);
  }, 60_000);

  it("reads and extracts files in the workers with the same result, issues in place, as in-process", async () => {
    const root = mkdtempSync(join(tmpdir(), "kg-pool-"));
    cpSync(EXAMPLES, root, { recursive: true });
    writeFileSync(join(root, "04b-broken.txt"), Buffer.from([0, 1, 2]));
    const { files } = await discoverInputs([root]);
    const summary = (items: ExtractItem[]): string[] =>
      items.map((i) => (i.kind === "extraction" ? `${i.extraction.doc.id}:${JSON.stringify(i.extraction).length}` : i.error.message));
    const here = summary(await collect(extractFiles(files, { workers: 1 })));
    const threads = summary(await collect(extractFiles(files, { workers: 2, mainThread: false })));
    expect(threads).toEqual(here);
    expect(summary(await collect(extractFiles(files, { workers: 2 })))).toEqual(here);
    expect(here[4]).toMatch(/04b-broken.txt: binary file/);
    expect(here).toHaveLength(9);
  }, 60_000);

  it("starts no workers for small batches", () => {
    expect(defaultWorkers(5, 8)).toBe(1);
    expect(defaultWorkers(10_000, 2)).toBe(2);
  });
});
