// HTML articles: main text chosen by Readability (on linkedom), each character mapped to its file offset.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isBoilerplate } from "./boilerplate.js";
import { toIsoDate } from "./header.js";
import { scanHtmlBlocks, type HtmlBlock } from "./html-blocks.js";

export interface HtmlText {
  text: string;
  offsetMap: Int32Array;
  regions: Array<[number, number]>;
  title?: string;
  date?: string;
  url?: string;
}

const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

/**
 * The article text of an HTML page: the blocks Readability keeps (in page order, joined by blank
 * lines), with `offsetMap[i]` = offset in `html` of `text[i]`; nav, footer, aside and form blocks never.
 * Without an article, all other blocks.
 */
export function readHtml(html: string): HtmlText {
  const blocks = scanHtmlBlocks(html);
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  let article: { title?: string | null; textContent?: string | null; publishedTime?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  const content = blocks.filter((b) => !b.furniture);
  const main = article?.textContent ? pickBlocks(content, norm(article.textContent)) : [];
  const chosen = main.length > 0 ? main : content;
  const out = joinBlocks(chosen);
  const title = norm(meta.ogTitle ?? article?.title ?? meta.title ?? "") || undefined;
  const date = meta.date ?? toIsoDate(article?.publishedTime ?? undefined);
  return { ...out, title, date, url: meta.url };
}

/** Blocks whose text appears, in order, in Readability's article text. */
function pickBlocks(blocks: HtmlBlock[], articleText: string): HtmlBlock[] {
  const kept: HtmlBlock[] = [];
  let cursor = 0;
  for (const b of blocks) {
    const at = articleText.indexOf(b.text, cursor);
    if (at < 0) continue;
    kept.push(b);
    cursor = at + b.text.length;
  }
  return kept;
}

function joinBlocks(blocks: HtmlBlock[]): Pick<HtmlText, "text" | "offsetMap" | "regions"> {
  const parts: string[] = [];
  const map: number[] = [];
  const regions: Array<[number, number]> = [];
  let length = 0;
  for (const b of blocks) {
    if (parts.length > 0) {
      const after = map[map.length - 1]! + 1;
      parts.push("\n\n");
      map.push(after, after);
      length += 2;
    }
    if (!isBoilerplate(b.text)) regions.push([length, length + b.text.length]);
    parts.push(b.text);
    for (const m of b.map) map.push(m);
    length += b.text.length;
  }
  return { text: parts.join(""), offsetMap: Int32Array.from(map), regions };
}

function pageMeta(document: { querySelector(s: string): { getAttribute(a: string): string | null; textContent: string | null } | null }): {
  ogTitle?: string;
  title?: string;
  date?: string;
  url?: string;
} {
  const attr = (sel: string, a: string): string | undefined => document.querySelector(sel)?.getAttribute(a) ?? undefined;
  const date =
    attr('meta[property="article:published_time"]', "content") ??
    attr('meta[name="date"]', "content") ??
    attr('meta[itemprop="datePublished"]', "content") ??
    attr("time[datetime]", "datetime");
  const ogTitle = attr('meta[property="og:title"]', "content");
  const title = document.querySelector("title")?.textContent ?? undefined;
  const url = attr('link[rel="canonical"]', "href") ?? attr('meta[property="og:url"]', "content");
  return { ogTitle, title, date: toIsoDate(date), url };
}
