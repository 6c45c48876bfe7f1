// TextSpool: texts read back exactly as written, from memory or from its temp file, which never stays on disk.
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { TextSpool } from "../../../graph/build/text-spool.js";

const spoolDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith("kg-spool-")).length;
const texts = ["Ada Varga met Otto Brandt in Lyon.", "", "Zoë Müller – «quoted» 🚀 text.", "lone \ud800 surrogate", "x".repeat(5000)];

describe("TextSpool", () => {
  it("keeps small spools in memory", () => {
    const spool = new TextSpool();
    const ids = texts.map((t) => spool.add(t));
    expect(ids.map((id) => spool.get(id))).toEqual(texts);
    expect(spool.onDisk).toBe(false);
    spool.close();
  });

  it("moves to an unlinked temp file past its limit and still reads every text, in any order", () => {
    const before = spoolDirs();
    const spool = new TextSpool(64);
    const ids: number[] = [];
    for (let round = 0; round < 30; round++) for (const t of texts) ids.push(spool.add(`${round}:${t}`));
    expect(spool.onDisk).toBe(true);
    expect(spoolDirs()).toBe(before);
    for (let i = ids.length - 1; i >= 0; i--) expect(spool.get(ids[i]!)).toBe(`${Math.floor(i / texts.length)}:${texts[i % texts.length]}`);
    spool.add("after reading");
    expect(spool.get(ids.length)).toBe("after reading");
    spool.close();
  });
});
