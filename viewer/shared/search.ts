// Name and alias matching for autocomplete, shared by the server (/api/search) and the browser app.

/** What search needs from an entity. */
export interface Searchable {
  key: string;
  name: string;
  aliases?: readonly string[];
  /** Tie-breaker: better-connected entities first. */
  weight?: number;
}

export interface SearchMatch<T extends Searchable> {
  item: T;
  /** The name or alias that matched. */
  matched: string;
  score: number;
}

/** Lower-case, strip accents and punctuation, collapse spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How well `label` matches the normalized query: 4 exact, 3 prefix, 2 word prefix, 1 substring, 0 none. */
export function scoreLabel(label: string, query: string): number {
  const l = normalizeText(label);
  if (!query || !l) return 0;
  if (l === query) return 4;
  if (l.startsWith(query)) return 3;
  if (l.split(" ").some((w) => w.startsWith(query)) || l.includes(` ${query}`)) return 2;
  return l.includes(query) ? 1 : 0;
}

/**
 * Best matches of `query` over names and aliases, best first.
 * @example findMatches([{key: "a", name: "Acme Corp", aliases: ["ACME"]}], "acme")[0].matched // "ACME"
 */
export function findMatches<T extends Searchable>(items: Iterable<T>, query: string, limit = 10): SearchMatch<T>[] {
  const q = normalizeText(query);
  if (!q) return [];
  const out: SearchMatch<T>[] = [];
  for (const item of items) {
    let best: SearchMatch<T> | undefined;
    for (const label of [item.name, ...(item.aliases ?? [])]) {
      // Names win over aliases at equal quality.
      const s = scoreLabel(label, q) * 2 + (label === item.name ? 1 : 0);
      if (s > 1 && (!best || s > best.score)) best = { item, matched: label, score: s };
    }
    if (best) out.push(best);
  }
  out.sort(
    (a, b) =>
      b.score - a.score ||
      (b.item.weight ?? 0) - (a.item.weight ?? 0) ||
      a.item.name.length - b.item.name.length ||
      a.item.name.localeCompare(b.item.name),
  );
  return out.slice(0, limit);
}
