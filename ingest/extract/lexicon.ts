// Word tags from compromise's lexicon (with parent tags), looked up once per distinct word.
import { compromiseData } from "./compromise-data.js";

let lexicon: Record<string, string | string[]> | undefined;
let parents: Record<string, string[]> | undefined;
const cache = new Map<string, readonly string[]>();
const EMPTY: readonly string[] = Object.freeze([]);

function load(): void {
  ({ lexicon, parents } = compromiseData());
}

function withParents(tags: string[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    out.add(t);
    for (const p of parents?.[t] ?? []) out.add(p);
  }
  return [...out];
}

/** Tags compromise's lexicon gives a lower-cased word (plus their parent tags); [] when unknown. */
export function lexiconTags(normal: string): readonly string[] {
  const hit = cache.get(normal);
  if (hit) return hit;
  if (!lexicon) load();
  const raw = lexicon![normal];
  const tags = raw === undefined ? EMPTY : Object.freeze(withParents(Array.isArray(raw) ? raw : [raw]));
  if (cache.size < 200_000) cache.set(normal, tags);
  return tags;
}

/** Cheap suffix guess for words the lexicon does not know (lower-case words only). */
export function guessTags(normal: string): string[] {
  if (/^\d/.test(normal)) return ["Value", "Cardinal"];
  if (normal.endsWith("ly") && normal.length > 4) return ["Adverb"];
  if (normal.endsWith("ing") && normal.length > 5) return ["Gerund", "Verb"];
  if (normal.endsWith("ed") && normal.length > 4) return ["PastTense", "Verb"];
  if (/(al|ous|ive|ic|ful|less|able|ible)$/.test(normal) && normal.length > 5) return ["Adjective"];
  if (normal.endsWith("s") && !normal.endsWith("ss") && normal.length > 3) return ["Plural", "Noun"];
  return ["Singular", "Noun"];
}
