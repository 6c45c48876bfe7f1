// compromise's word data (lexicon, tag parents, place/org words, verb forms) from a copy made at build time, else the package.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** Bump when the file's shape changes: an older file is then ignored. */
const FORMAT = 1;
/** Written by `npm run build` (scripts/build-gazetteer.mjs) next to the compiled module. */
export const compactDataFile = fileURLToPath(new URL("./compromise-data.json", import.meta.url));

/** A conjugation as compromise's `conjugate()` gives it (only the forms inflect.ts reads). */
export type Conjugation = Partial<Record<"PastTense" | "PresentTense" | "Gerund", string>>;

export interface CompromiseData {
  /** FORMAT and the compromise version the data was taken from. */
  stamp: string;
  /** model.one.lexicon: word -> tag(s). */
  lexicon: Record<string, string | string[]>;
  /** model.one.tagSet: tag -> its parent tags. */
  parents: Record<string, string[]>;
  /** Object.keys(model.two.placeWords / orgWords), in the package's order. */
  placeWords: string[];
  orgWords: string[];
  /** Conjugations of the verbs the default schema uses; other verbs are conjugated by the package. */
  conjugations: Record<string, Conjugation>;
}

interface Model {
  one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
  two: { placeWords: Record<string, true>; orgWords: Record<string, true> };
}
interface Nlp {
  (text: string): { verbs(): { conjugate(): Array<Record<string, string | undefined>> } };
  model(): Model;
}

let data: CompromiseData | undefined;
let nlp: Nlp | undefined;

/** The stamp the installed compromise would give; a file with another stamp is stale. */
export function dataStamp(): string {
  return `format ${FORMAT} compromise@${packageVersion()}`;
}

/** The installed compromise's version, from its package.json (which its exports map does not expose). */
function packageVersion(): string {
  let dir = dirname(require.resolve("compromise"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * The data, loaded once: from the build-time copy when it matches the installed compromise (no need to
 * load the NLP library itself, ~0.5-0.8 s per thread), else from the package.
 */
export function compromiseData(): CompromiseData {
  if (data) return data;
  if (existsSync(compactDataFile)) {
    const file = JSON.parse(readFileSync(compactDataFile, "utf8")) as CompromiseData;
    if (file.stamp === dataStamp()) return (data = file);
  }
  return (data = dataFromPackage([]));
}

/** compromise itself, loaded on first need (its CommonJS build: same data, loads synchronously and faster). */
function library(): Nlp {
  return (nlp ??= require("compromise") as Nlp);
}

/** What compromise's conjugator gives `lemma` ("they <lemma> it"). */
export function conjugate(lemma: string): Conjugation {
  const known = compromiseData().conjugations;
  return Object.hasOwn(known, lemma) ? known[lemma]! : conjugateWithLibrary(lemma);
}

function conjugateWithLibrary(lemma: string): Conjugation {
  const c = library()(`they ${lemma} it`).verbs().conjugate()[0] ?? {};
  const out: Conjugation = {};
  for (const k of ["PastTense", "PresentTense", "Gerund"] as const) if (typeof c[k] === "string") out[k] = c[k];
  return out;
}

/** The data read from the installed package, with conjugations of `verbs` (lower-case lemmas). */
export function dataFromPackage(verbs: readonly string[]): CompromiseData {
  const model = library().model();
  const parents: Record<string, string[]> = {};
  for (const [tag, entry] of Object.entries(model.one.tagSet)) if (entry.parents?.length) parents[tag] = [...entry.parents];
  const out: CompromiseData = {
    stamp: dataStamp(),
    lexicon: model.one.lexicon,
    parents,
    placeWords: Object.keys(model.two.placeWords),
    orgWords: Object.keys(model.two.orgWords),
    conjugations: {},
  };
  for (const v of [...new Set(verbs)].sort()) out.conjugations[v] = conjugateWithLibrary(v);
  return out;
}

/** Writes the build-time copy with conjugations of `verbs`; returns its size in bytes. */
export function writeCompactData(verbs: readonly string[]): number {
  const text = JSON.stringify(dataFromPackage(verbs));
  writeFileSync(compactDataFile, text);
  return text.length;
}
