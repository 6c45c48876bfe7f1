// Person coreference in one document: surnames and partial names linked to the full name.
import type { MentionSpan } from "../types.js";

/** Lower-case words of a name; a glued Arabic article is dropped ("al-Budaiwi" -> "budaiwi"). */
const words = (s: string) => s.split(/\s+/).filter(Boolean).map((w) => w.replace(/^(?:al|el|ad|ash|as|at|az|ar|an|ul|ud)-(?=\p{L})/u, ""));
/** A last name made of words joined by linking particles ("raza-e-mustafa", "noor-ul-haq"): its first word. */
const LINKED_LAST = /^(\p{L}{3,})-(?:e|i|ul|ud|ur|un)-\p{L}/u;
/** Generational suffixes that are not a surname ("Marcos Jr."). */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Single-word mentions of other types that a person's surname may claim ("Austin told ..."). */
const RELINKABLE = new Set(["single", "single-cued", "lexicon", "gazetteer", "town", "locative", "org-title", "article-name"]);

/** True when `short` is a proper suffix or prefix (in lower-case words) of `full`. */
function partOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const join = (a: string[]) => a.join(" ");
  const s = join(short);
  return join(full.slice(-short.length)) === s || join(full.slice(0, short.length)) === s;
}

/**
 * Sets `canonical` on short person mentions (and weak single capitalised words) to the longest
 * full name in the document they are part of; picks the name mentioned first on ties.
 */
export function linkPersons(mentions: MentionSpan[]): MentionSpan[] {
  const distinct = new Map<string, MentionSpan>(); // first mention of each full name
  for (const m of mentions) {
    const name = m.canonical ?? m.text; // a nicknamed mention's canonical leaves the nickname out
    if (m.entityType === "Person" && m.source !== "single" && name.includes(" ") && !distinct.has(name)) distinct.set(name, m);
  }
  const full = [...distinct]
    .map(([name, m]) => ({ m, name, w: words(name.toLowerCase().replace(/\.$/, "")).filter((x, i, all) => i < all.length - 1 || !SUFFIXES.has(x)) }));
  if (!full.length) return mentions;
  for (const f of [...full]) { // "Asim Raza-e-Mustafa" is also "Raza": the head of a linked last name
    const head = LINKED_LAST.exec(f.w.at(-1)!)?.[1];
    if (head && f.w.length >= 2) full.push({ ...f, w: [...f.w.slice(0, -1), head] });
  }
  // candidates by first and last word, so long documents stay linear
  const byEdgeWord = new Map<string, typeof full>();
  for (const f of full)
    for (const w of new Set([f.w[0]!, f.w.at(-1)!])) (byEdgeWord.get(w) ?? byEdgeWord.set(w, []).get(w)!).push(f);
  return mentions.map((m) => {
    if (m.source === "alias") return m; // "X alias Y": Y names X only, never another person sharing a word
    const own = words(m.text.toLowerCase());
    if (m.entityType !== "Person" && !(RELINKABLE.has(m.source) && own.length === 1)) return m;
    let best: string | undefined;
    let bestLength = 0;
    const candidates = new Set([...(byEdgeWord.get(own[0]!) ?? []), ...(byEdgeWord.get(own.at(-1)!) ?? [])]);
    for (const f of candidates) {
      if (partOf(own, f.w) && f.w.length > bestLength) [best, bestLength] = [f.name, f.w.length];
    }
    if (!best) return m;
    const { attributes: _drop, ...rest } = m;
    return { ...rest, entityType: "Person", canonical: best, source: m.entityType === "Person" && m.source !== "single" ? m.source : "surname", confidence: Math.max(m.confidence, 0.8) };
  });
}
