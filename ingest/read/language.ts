// A cheap English check: Latin letters and the share of common English function words.

const STOP_WORDS = new Set(
  "the of and to in a is was for on that with by as at from said has have be it its are were will an this who which after but not their they he she his her had been over about".split(
    " ",
  ),
);

/** Why `text` does not look like English, or undefined when it does (short texts always pass). */
export function notEnglishReason(text: string): string | undefined {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 40) return undefined;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (latin / letters < 0.6) return "not English text (mostly non-Latin script)";
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 25) return undefined;
  let stop = 0;
  for (const w of words) if (STOP_WORDS.has(w)) stop++;
  if (stop / words.length < 0.08) return "not English text (few English function words)";
  return undefined;
}
