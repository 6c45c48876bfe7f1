// Leading metadata headers: " date 2024-03-18 Text...", YAML front matter, or "Date: ..." lines.
import type { HeaderInfo } from "./types.js";

const INLINE_DATE = /^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?[ \t]*/i;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELD_LINE = /^(date|published|title|url|source|author|byline)[ \t]*:[ \t]*(.*)$/i;

/**
 * Finds a metadata header at the start of an article and where the article body starts.
 * Offsets are unchanged: the header is only left out of the extraction regions.
 * @example parseHeader(" date 2022-06-13 Officials met ...") // { date: "2022-06-13", bodyStart: 17 }
 */
export function parseHeader(text: string): HeaderInfo {
  const inline = INLINE_DATE.exec(text);
  if (inline) return { date: inline[1], bodyStart: inline[0].length };
  const fm = FRONT_MATTER.exec(text);
  if (fm) return { ...readFields(fm[1]!.split(/\r?\n/)), bodyStart: fm[0].length };
  return fieldBlock(text);
}

/** "Title: ...\nDate: ...\n\n" at the very top: at most 8 lines, all of them `key: value`. */
function fieldBlock(text: string): HeaderInfo {
  const lines: string[] = [];
  let pos = 0;
  while (lines.length < 8 && pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, "");
    if (!FIELD_LINE.test(line.trim())) break;
    lines.push(line.trim());
    pos = nl < 0 ? text.length : nl + 1;
  }
  const fields = readFields(lines);
  if (lines.length === 0 || (!fields.date && !fields.title)) return { bodyStart: 0 };
  return { ...fields, bodyStart: pos };
}

function readFields(lines: string[]): Omit<HeaderInfo, "bodyStart"> {
  const out: Omit<HeaderInfo, "bodyStart"> = {};
  for (const line of lines) {
    const m = FIELD_LINE.exec(line.trim());
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim().replace(/^["']|["']$/g, "");
    if ((key === "date" || key === "published") && !out.date) {
      const iso = toIsoDate(value);
      if (iso) out.date = iso;
    } else if (key === "title" && value) out.title = value;
    else if ((key === "url" || key === "source") && /^https?:\/\//.test(value)) out.url = value;
  }
  return out;
}

/** "2024-03-18", "2024-03-18T09:00:00Z", "March 18, 2024" -> "2024-03-18"; undefined when not a date. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (!/[a-z]/i.test(value) || !/\d{4}/.test(value)) return undefined;
  const t = Date.parse(`${value} UTC`);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}
