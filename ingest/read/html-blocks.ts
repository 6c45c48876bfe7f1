// A small HTML scanner: the visible text of each block element, each character mapped to its file offset.
import { decodeHTML } from "entities";

/** One block's visible text (whitespace collapsed) and, per character, its offset in the HTML file. */
export interface HtmlBlock {
  text: string;
  map: number[];
  /** Inside nav/footer/aside/form: site furniture, never article text. */
  furniture: boolean;
}

const RAW_TEXT = new Set(["script", "style", "noscript", "template", "textarea", "title", "svg", "iframe", "object"]);
const FURNITURE = new Set(["nav", "footer", "aside", "form"]);
const BLOCK = new Set(
  ("address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 " +
    "header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul body html head")
    .split(" "),
);
const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/;

/**
 * Splits an HTML file into text blocks at block-element boundaries, skipping scripts, styles and comments.
 * @example scanHtmlBlocks("<p>A &amp; B</p>")[0] // { text: "A & B", map: [3, 4, 5, 10, 11], furniture: false }
 */
export function scanHtmlBlocks(src: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let text = "";
  let map: number[] = [];
  let furnitureDepth = 0;
  let pendingSpace = -1;
  const flush = (): void => {
    if (text.length > 0) blocks.push({ text, map, furniture: furnitureDepth > 0 });
    text = "";
    map = [];
    pendingSpace = -1;
  };
  const emit = (chars: string, at: number): void => {
    for (const ch of chars) {
      if (/\s/.test(ch)) {
        if (text.length > 0 && pendingSpace < 0) pendingSpace = at;
        continue;
      }
      if (pendingSpace >= 0) {
        text += " ";
        map.push(pendingSpace);
        pendingSpace = -1;
      }
      text += ch;
      for (let k = 0; k < ch.length; k++) map.push(at);
    }
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "<") {
      if (src.startsWith("<!--", i)) {
        const end = src.indexOf("-->", i + 4);
        i = end < 0 ? src.length : end + 3;
        continue;
      }
      if (src[i + 1] === "!" || src[i + 1] === "?") {
        const end = src.indexOf(">", i);
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      const m = TAG.exec(src.slice(i, i + 4096));
      if (m) {
        const closing = m[1] === "/";
        const name = m[2]!.toLowerCase();
        i += m[0].length;
        if (BLOCK.has(name)) flush();
        if (FURNITURE.has(name)) furnitureDepth = Math.max(0, furnitureDepth + (closing ? -1 : 1));
        if (!closing && RAW_TEXT.has(name) && !m[3]!.trim().endsWith("/")) {
          const close = new RegExp(`</${name}`, "gi");
          close.lastIndex = i;
          i = close.exec(src)?.index ?? src.length;
        }
        continue;
      }
    }
    if (c === "&") {
      const m = ENTITY.exec(src.slice(i, i + 40));
      if (m) {
        emit(decodeHTML(m[0]).replace(/\u00a0/g, " "), i);
        i += m[0].length;
        continue;
      }
    }
    emit(c, i);
    i++;
  }
  flush();
  return blocks;
}
