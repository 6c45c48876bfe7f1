// `kg extract` as a user runs it: exit codes, stdout carries only data, one stderr line per bad file, same bytes twice.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SerializedKg } from "../../../graph/types.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const EXAMPLES = join(ROOT, "examples");

function kg(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "cli/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "kg-cli-"));
const ENGLISH =
  "The minister said on Monday that the army would send more troops to the border region. " +
  "Officials from both countries met in the capital to discuss the security of the new port.";

describe("kg extract", () => {
  it("writes the same bytes twice for the same input, exits 0, keeps stdout empty with --out", () => {
    const dir = tmp();
    const a = kg("extract", EXAMPLES, "--out", join(dir, "a.json"));
    const b = kg("extract", EXAMPLES, "--out", join(dir, "b.json"), "--quiet");
    expect(a.code, a.stderr).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toBe("");
    expect(b.stderr).toBe("");
    expect(a.stderr).toMatch(/^kg: 8 documents -> \d+ entities, \d+ relations/);
    const bytesA = readFileSync(join(dir, "a.json"));
    expect(bytesA.equals(readFileSync(join(dir, "b.json")))).toBe(true);
    const graph = JSON.parse(bytesA.toString("utf8")) as SerializedKg;
    expect(graph.attributes.documents?.map((d) => d.id)).toContain("06-briefs.jsonl#brief-0903");
  }, 120_000);

  it("writes JSON to stdout without --out, and the same graph with 2 workers as with 1", () => {
    const one = kg("extract", EXAMPLES, "--quiet", "--workers", "1");
    const two = kg("extract", EXAMPLES, "--quiet", "--workers", "2");
    expect(one.code).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(() => JSON.parse(one.stdout)).not.toThrow();
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it("reports each bad file on one stderr line, still writes the graph, and exits 3", () => {
    const dir = tmp();
    writeFileSync(join(dir, "good.txt"), ENGLISH);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blob.txt"), Buffer.from([1, 0, 2, 0]));
    writeFileSync(join(dir, "notes.docx"), "x");
    const r = kg("extract", dir, join(dir, "missing.md"), "--out", join(dir, "g.json"));
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(`kg: skipped ${join(dir, "missing.md")}: no such file or directory`);
    expect(lines).toContain(`kg: skipped ${join(dir, "blob.txt")}: binary file (NUL bytes)`);
    expect(lines).toContain(`kg: skipped ${join(dir, "empty.txt")}: empty file`);
    expect(lines.some((l) => l.startsWith(`kg: skipped ${join(dir, "notes.docx")}: unsupported file type`))).toBe(true);
    const graph = JSON.parse(readFileSync(join(dir, "g.json"), "utf8")) as SerializedKg;
    expect(graph.attributes.documents?.map((d) => d.id)).toEqual(["good.txt"]);
  }, 120_000);

  it("exits 1 and writes nothing when no article can be read", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const r = kg("extract", dir, "--out", join(dir, "g.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kg: extract: no article could be read/);
    expect(existsSync(join(dir, "g.json"))).toBe(false);
  }, 120_000);

  it("exits 2 on bad usage (unreadable schema file, bad --workers)", () => {
    expect(kg("extract", EXAMPLES, "--schema", "/nonexistent/schema.json").code).toBe(2);
    expect(kg("extract", EXAMPLES, "--workers", "zero").code).not.toBe(0);
  }, 120_000);
});
