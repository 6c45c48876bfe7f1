// Each reader: .txt is the file text, .md is masked in place, .html maps main text to file offsets, JSON items too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../../graph/types.js";
import { readDocuments } from "../../../ingest/read/index.js";
import { ENGLISH, tempFiles } from "./temp-files.js";

async function docsOf(paths: string[]): Promise<SourceDocument[]> {
  const out: SourceDocument[] = [];
  for await (const item of readDocuments(paths)) if (item.kind === "doc") out.push(item.doc);
  return out;
}

/** Every character of the derived text sits at its mapped offset in the file (entities and escapes decoded). */
function expectMapped(doc: SourceDocument, file: string, decode: (s: string) => string): void {
  const map = doc.offsetMap!;
  expect(map.length).toBe(doc.text.length);
  for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
  for (const word of doc.text.match(/[A-Za-zÀ-ÿ’'-]{4,}/g) ?? []) {
    const at = doc.text.indexOf(word);
    const raw = file.slice(map[at]!, map[at + word.length - 1]! + 1);
    expect(decode(raw.includes("&") || raw.includes("\\") ? completeEscape(file, map[at + word.length - 1]!, raw) : raw)).toBe(word);
  }
}

function completeEscape(file: string, lastAt: number, raw: string): string {
  const tail = /^(&[#A-Za-z0-9]+;|\\u[0-9a-fA-F]{4}|\\.)/.exec(file.slice(lastAt));
  return tail ? raw.slice(0, raw.length - 1) + tail[0] : raw;
}

describe("readers", () => {
  it("reads .txt as the file's text, with the date header parsed and left out of the regions", async () => {
    const body = `The coast guard rescued twelve fishermen.\n\n${ENGLISH}`;
    const root = tempFiles({ "a.txt": ` date 2022-09-30 ${body}` });
    const [doc] = await docsOf([root]);
    expect(doc!.text).toBe(readFileSync(join(root, "a.txt"), "utf8"));
    expect(doc!.info).toMatchObject({ id: "a.txt", date: "2022-09-30", length: doc!.text.length });
    expect(doc!.info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc!.text.slice(...doc!.regions[0]!)).toBe(body);
    expect(doc!.offsetMap).toBeUndefined();
  });

  it("reads .md with markup masked by spaces, same length, front matter as metadata", async () => {
    const md = `---\ntitle: Rescue at sea\ndate: 2022-10-01\n---\n\n# Rescue at sea\n\n**The coast guard** rescued [twelve fishermen](http://x.org/a).\n\n${ENGLISH}`;
    const [doc] = await docsOf([tempFiles({ "b.md": md })]);
    expect(doc!.text.length).toBe(md.length);
    expect(doc!.info).toMatchObject({ title: "Rescue at sea", date: "2022-10-01" });
    const at = md.indexOf("The coast guard");
    expect(doc!.text.slice(at, at + 15)).toBe("The coast guard");
    expect(doc!.text).not.toContain("**");
    expect(doc!.text).not.toContain("http://x.org");
    expect(doc!.text.slice(doc!.regions[0]![0])).not.toContain("title:");
  });

  it("reads .html main text only, each character mapped to its offset in the file", async () => {
    const html = `<html><head><title>Port deal | Daily</title><meta name="date" content="2023-02-03"><script>var x = "Secret Script Text";</script></head>
<body><nav><a href="/">Home</a> Subscribe Login Menu</nav><article><h1>Port deal</h1>
<p>The Atl&acirc;ntica Port Authority signed a &ldquo;historic&rdquo; agreement with the city on Friday.</p>
<p>${ENGLISH}</p><p>${ENGLISH.replace(/the/g, "a")} The deal &amp; its terms were published.</p></article>
<footer>Follow us on social media. &copy; 2023 Daily</footer></body></html>`;
    const [doc] = await docsOf([tempFiles({ "c.html": html })]);
    expect(doc!.info).toMatchObject({ id: "c.html", date: "2023-02-03" });
    expect(doc!.text).toContain("The Atlântica Port Authority signed a “historic” agreement");
    expect(doc!.text).not.toMatch(/Secret Script|Subscribe Login|Follow us/);
    expect(doc!.info.length).toBe(html.length);
    expectMapped(doc!, html, decodeHTML);
    const at = doc!.text.indexOf("Port Authority");
    expect(html.slice(doc!.offsetMap![at]!, doc!.offsetMap![at + 13]! + 1)).toBe("Port Authority");
  });

  it("reads .jsonl items as documents 'file.jsonl#id', offsets into the JSON file through escapes", async () => {
    const items = [
      { id: "n1", title: "Talks", date: "2021-06-01", url: "https://example.org/n1", text: `Talks in Lisbon\n\n"Progress," said Ana Sousa. ${ENGLISH}` },
      { text: `Café owners in Porto protested. ${ENGLISH}` },
    ];
    const raw = items.map((o) => JSON.stringify(o)).join("\n") + "\n";
    const docs = await docsOf([tempFiles({ "d.jsonl": raw })]);
    expect(docs.map((d) => d.info.id)).toEqual(["d.jsonl#n1", "d.jsonl#2"]);
    expect(docs[0]!.info).toMatchObject({ title: "Talks", date: "2021-06-01", url: "https://example.org/n1", length: raw.length });
    expect(docs[0]!.text).toBe(items[0]!.text);
    for (const d of docs) expectMapped(d, raw, (s) => JSON.parse(`"${s}"`) as string);
    const at = docs[1]!.text.indexOf("Porto");
    expect(raw.slice(docs[1]!.offsetMap![at]!, docs[1]!.offsetMap![at + 4]! + 1)).toBe("Porto");
  });

  it("reads a .json array and a single .json object", async () => {
    const root = tempFiles({
      "many.json": JSON.stringify([{ id: 7, text: ENGLISH }, { text: ENGLISH, date: "2020-01-02" }], null, 2),
      "one.json": JSON.stringify({ title: "One", text: ENGLISH }),
    });
    const docs = await docsOf([root]);
    expect(docs.map((d) => d.info.id)).toEqual(["many.json#7", "many.json#2", "one.json"]);
    expect(docs[1]!.info.date).toBe("2020-01-02");
    expect(docs[2]!.info.title).toBe("One");
  });

  it("walks folders recursively in sorted order and disambiguates clashing file names", async () => {
    const root = tempFiles({ "b/x.txt": ENGLISH, "a/x.txt": ENGLISH, "a/z/y.txt": ENGLISH, ".hidden.txt": ENGLISH });
    const docs = await docsOf([root]);
    expect(docs.map((d) => d.info.id)).toEqual(["a/x.txt", "y.txt", "b/x.txt"]);
  });
});

describe("html fallback", () => {
  it("keeps every block outside nav/footer/aside when Readability finds no article", async () => {
    const html = `<html><body><nav>Home News</nav><div>Short note: the harbour reopened on Friday.</div><footer>Contact</footer></body></html>`;
    const [doc] = await docsOf([tempFiles({ "short.html": html })]);
    expect(doc!.text).toBe("Short note: the harbour reopened on Friday.");
  });
});
