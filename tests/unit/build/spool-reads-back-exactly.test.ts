// ByteSpool/TextSpool: records and texts read back exactly as written, from memory or from a temp file that never stays on disk.
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { ByteSpool } from "../../../graph/build/byte-spool.js";
import { TextSpool } from "../../../graph/build/text-spool.js";

const spoolDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith("kg-spool-")).length;
const texts = ["Ada Varga met Otto Brandt in Lyon.", "", "Zoë Müller – «quoted» 🚀 text.", "lone \ud800 surrogate", "x".repeat(300_000)];

function fill(limit: number): { bytes: ByteSpool; text: TextSpool; ids: number[]; records: number[] } {
  const bytes = new ByteSpool(limit);
  const text = new TextSpool(bytes);
  const ids: number[] = [];
  const records: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const t of texts) ids.push(text.add(`${round}:${t}`));
    const { buffer, at, offset } = bytes.reserve(12);
    buffer.writeInt32LE(round, at);
    buffer.writeDoubleLE(round / 7, at + 4);
    records.push(offset);
  }
  return { bytes, text, ids, records };
}

describe("spools", () => {
  for (const [label, limit, onDisk] of [["in memory", 1 << 30, false], ["past the limit, in an unlinked temp file", 64, true]] as const) {
    it(`read back every text and record, in any order (${label})`, () => {
      const before = spoolDirs();
      const { bytes, text, ids, records } = fill(limit);
      expect(bytes.onDisk).toBe(onDisk);
      expect(spoolDirs()).toBe(before);
      for (let i = ids.length - 1; i >= 0; i--) expect(text.get(ids[i]!)).toBe(`${Math.floor(i / texts.length)}:${texts[i % texts.length]}`);
      records.forEach((offset, round) => {
        const b = bytes.view(offset, 12);
        expect([b.readInt32LE(0), b.readDoubleLE(4)]).toEqual([round, round / 7]);
      });
      const late = text.add("after reading");
      expect(text.get(late)).toBe("after reading");
      bytes.close();
    });
  }
});
