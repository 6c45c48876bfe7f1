// End to end: every mention's offsets slice the file's text to the mention's surface string (examples/).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../ingest/extract/index.js";
import { readDocuments } from "../../../ingest/read/index.js";
import type { SourceDocument } from "../../../graph/types.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples", import.meta.url));

/** The file slice as the reader would see it: HTML entities and JSON escapes decoded. */
function surface(doc: SourceDocument, fileText: string, start: number, end: number): string {
  const raw = fileText.slice(start, end);
  if (doc.info.path.endsWith(".html")) return decodeHTML(raw).replace(/\s+/g, " ");
  if (/\.jsonl?$/.test(doc.info.path)) return JSON.parse(`"${raw}"`) as string;
  return raw;
}

describe("mention offsets", () => {
  it("slice every example file to each mention's surface string", async () => {
    let checked = 0;
    for await (const item of readDocuments([EXAMPLES])) {
      if (item.kind !== "doc") continue;
      const doc = item.doc;
      const fileText = readFileSync(doc.info.path, "utf8");
      const extraction = extractDocument(doc);
      for (const entity of extraction.entities)
        for (const m of entity.mentions) {
          expect(m.doc).toBe(doc.info.id);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(fileText.length);
          expect(m.end).toBeGreaterThan(m.start);
          if (m.text !== undefined) expect(surface(doc, fileText, m.start, m.end), `${doc.info.id} ${m.start}`).toBe(m.text);
          checked++;
        }
      for (const r of extraction.relations) {
        expect(r.evidence.end).toBeLessThanOrEqual(fileText.length);
        // Markdown is masked in place (same offsets), so evidence reads the same span of the masked text.
        if (r.evidence.text !== undefined && !doc.offsetMap) expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      }
    }
    // Checks whatever the extractor finds; the examples are written so that it finds something.
    expect(checked).toBeGreaterThan(0);
  });
});
