// Name normalisation for entity keys: case, accents, possessives, punctuation and a leading "the".

/**
 * The form two names must share to denote one entity.
 * @example normalizeName("The Anti-Fraud Office’s") === "anti fraud office"
 */
export function normalizeName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const n = compute(name);
  if (cache.size < CACHE_LIMIT) cache.set(name, n);
  return n;
}

/** Names repeat across mentions and documents: remember their normal forms (bounded). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function compute(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** Generic last words that do not tell two projects apart ("X Railway Project" = "X Railway"). */
const PROJECT_TAIL = / (project|projects|programme|program|scheme)$/;

/** Deterministic node key: `${entityType}:${normalizedName}`. */
export function entityKey(entityType: string, name: string): string {
  const n = normalizeName(name);
  return `${entityType}:${entityType === "Project" ? n.replace(PROJECT_TAIL, "") || n : n}`;
}
