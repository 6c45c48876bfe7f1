// Bad input: one issue per file naming the file and the reason; the other files are still read.
import { chmodSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../graph/errors.js";
import { readDocuments, type ReadItem, type ReadOptions } from "../../../ingest/read/index.js";
import { ENGLISH, tempFiles } from "./temp-files.js";

async function readAll(paths: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readDocuments(paths, options)) out.push(item);
  return out;
}

const issues = (items: ReadItem[]): InputError[] =>
  items.flatMap((i) => (i.kind === "issue" && i.error instanceof InputError ? [i.error] : []));
const docIds = (items: ReadItem[]): string[] => items.flatMap((i) => (i.kind === "doc" ? [i.doc.info.id] : []));

describe("bad input", () => {
  it.each([
    ["empty.txt", "", /empty file/],
    ["blank.txt", "  \n\n \t", /empty file/],
    ["binary.txt", Uint8Array.from([0x4b, 0x47, 0x00, 0x01, 0x02, 0x00, 0x50]), /binary file/],
    ["latin1.txt", Uint8Array.from([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" owners said the port was closed.")]), /invalid UTF-8/],
    ["photo.bin", "not an article", /unsupported file type/],
    ["spanish.txt", "El ministro de defensa dijo el lunes que las tropas llegarán pronto a la frontera norte del país. ".repeat(4), /not English/],
    ["russian.txt", "Министр обороны заявил в понедельник, что войска прибудут на границу. ".repeat(4), /not English/],
    ["bad.jsonl", '{"text": "ok so far", \n', /invalid JSON/],
    ["notext.json", '{"title": "no body"}', /no "text" string field/],
  ])("skips %s with a clear reason and reads the rest", async (name, content, reason) => {
    const root = tempFiles({ [name]: content, "good.txt": ENGLISH });
    const items = await readAll([root]);
    const found = issues(items);
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toContain(name);
    expect(found[0]!.reason).toMatch(reason);
    expect(found[0]!.skipped).toBe(true);
    expect(found[0]!.message).toMatch(/^ingest\/read: /);
    expect(docIds(items)).toEqual(["good.txt"]);
  });

  it("reports a missing path and goes on", async () => {
    const root = tempFiles({ "good.txt": ENGLISH });
    const items = await readAll([join(root, "missing.txt"), root]);
    expect(issues(items).map((e) => e.reason)).toEqual(["no such file or directory"]);
    expect(docIds(items)).toEqual(["good.txt"]);
  });

  it("follows a symbolic-link cycle only once", async () => {
    const root = tempFiles({ "sub/good.txt": ENGLISH });
    symlinkSync(root, join(root, "sub", "loop"));
    const items = await readAll([root]);
    expect(issues(items)).toEqual([]);
    expect(docIds(items)).toEqual(["good.txt"]);
  });

  it("reports a path that is neither a file nor a folder", async () => {
    const items = await readAll(["/dev/null"]);
    expect(issues(items).map((e) => e.reason)).toEqual(["not a regular file or folder"]);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file (permission denied)", async () => {
    const root = tempFiles({ "secret.txt": ENGLISH, "good.txt": ENGLISH });
    chmodSync(join(root, "secret.txt"), 0o000);
    const items = await readAll([root]);
    expect(issues(items).map((e) => e.reason)).toEqual(["permission denied"]);
  });

  it("truncates a 200 MB file to the size limit with a warning, keeping the text read", async () => {
    const root = tempFiles({});
    const big = join(root, "huge.txt");
    const para = `${ENGLISH}\n\n`;
    writeFileSync(big, para.repeat(Math.ceil((6 * 1024 * 1024) / para.length)));
    truncateSync(big, 200 * 1024 * 1024); // sparse tail: fast to create, never read
    const items = await readAll([big]);
    const [warning] = issues(items);
    expect(warning!.skipped).toBe(false);
    expect(warning!.reason).toMatch(/truncated to the first 5 MB \(file is 200 MB/);
    const doc = items.find((i) => i.kind === "doc");
    expect(doc?.kind === "doc" && doc.doc.text.length).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(doc?.kind === "doc" && doc.doc.text.endsWith(ENGLISH.slice(-20))).toBe(true);
  });

  it("cuts a truncated file at a clean UTF-8 boundary under a lower limit", async () => {
    const root = tempFiles({ "accents.txt": `${ENGLISH} Atlântica é ${"ñ".repeat(50)}\n\n${ENGLISH}` });
    const items = await readAll([root], { maxBytes: ENGLISH.length + 20 });
    expect(issues(items)[0]!.reason).toMatch(/truncated/);
    const doc = items.find((i) => i.kind === "doc");
    expect(doc?.kind === "doc" && doc.doc.text).not.toContain("\uFFFD");
  });

  it("keeps non-English documents when asked", async () => {
    const root = tempFiles({ "es.txt": "El ministro dijo que las tropas llegarán pronto a la frontera del país. ".repeat(4) });
    expect(docIds(await readAll([root], { skipNonEnglish: false }))).toEqual(["es.txt"]);
  });
});
