// Compiles the schema's relation entries (triggers, roles, cues) into lookup tables, once per schema.
import worldCountries from "../../gazetteer/country-rows.js";
import type { EntityType } from "../../../graph/types.js";
import type { Schema, TriggerSpec } from "../../schema.js";
import { nounForms, verbForms } from "./inflect.js";
import type { CompiledTrigger, Lexicon, RoleEntry } from "./types.js";

const cache = new WeakMap<Schema, Lexicon>();

/** The lexicon for a schema, compiled on first use and cached. */
export function compileLexicon(schema: Schema): Lexicon {
  let lex = cache.get(schema);
  if (!lex) cache.set(schema, (lex = buildLexicon(schema)));
  return lex;
}

/** The verb lemmas (lower case) whose forms compiling `schema` needs: trigger verbs and verb cue lists. */
export function schemaVerbs(schema: Schema): string[] {
  const cues = schema.relationCues ?? {};
  const triggers = schema.relations.flatMap((r) => (r.triggers ?? []).flatMap((t) => (t.verb ? [t.verb.toLowerCase()] : [])));
  return [...new Set([...lower(cues.lightVerbs), ...lower(cues.tailSubjectVerbs), ...triggers])];
}

const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);
const lower = (xs: string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase());

function buildLexicon(schema: Schema): Lexicon {
  const cues = schema.relationCues ?? {};
  const lex: Lexicon = {
    triggers: new Map(),
    participles: new Set(),
    verbs: new Set(),
    relations: new Map(),
    roles: [],
    rolesByFirst: new Map(),
    roleWords: new Set(),
    lightVerbs: new Set(lower(cues.lightVerbs).flatMap((v) => verbForms(v).all)),
    tailSubjectVerbs: new Set(lower(cues.tailSubjectVerbs).flatMap((v) => verbForms(v).all)),
    orgNouns: lower(cues.orgNouns).map(words),
    placeWords: new Set(lower(cues.placeWords)),
    placeSuffixes: lower(cues.placeSuffixes).map(words),
    delegationNouns: new Set(lower(cues.delegationNouns).flatMap(nounForms)),
    unitNouns: new Set(lower(cues.unitNouns)),
    peopleNouns: new Set(lower(cues.peopleNouns)),
    classNouns: new Map(Object.entries(cues.classNouns ?? {}).map(([w, t]) => [w.toLowerCase(), t])),
    demonyms: demonymTable(),
    countries: new Set(),
  };
  for (const c of lex.demonyms.values()) lex.countries.add(c.toLowerCase());
  for (const r of schema.relations) {
    const types = (xs?: EntityType[]) => (xs ? new Set(xs) : undefined);
    lex.relations.set(r.name, { name: r.name, symmetric: r.symmetric, head: types(r.head), tail: types(r.tail), implicitTail: !!r.implicitTail, groupTail: !!r.groupTail });
    for (const spec of r.triggers ?? []) addTrigger(lex, r.name, spec);
    for (const role of r.roles ?? []) {
      const entry: RoleEntry = { words: words(role), relation: r.name };
      lex.roles.push(entry);
      entry.words.forEach((w) => lex.roleWords.add(w));
    }
  }
  lex.roles.sort((a, b) => b.words.length - a.words.length);
  for (const r of lex.roles) (lex.rolesByFirst.get(r.words[0]!) ?? lex.rolesByFirst.set(r.words[0]!, []).get(r.words[0]!)!).push(r);
  for (const v of [...lex.lightVerbs, ...lex.tailSubjectVerbs]) lex.verbs.add(v);
  return lex;
}

function addTrigger(lex: Lexicon, relation: string, spec: TriggerSpec): void {
  const kind = spec.verb ? "verb" : "noun";
  const lemma = (spec.verb ?? spec.noun ?? "").toLowerCase();
  const preps = lower(spec.preps);
  const t: CompiledTrigger = {
    relation,
    kind,
    lemma,
    particle: spec.particle?.toLowerCase(),
    preps,
    direct: spec.direct ?? preps.length === 0,
    via: [...new Set(lower(spec.via).flatMap(nounForms))],
    agentPreps: lower(spec.agentPreps),
    needsTo: !!spec.needsTo,
    stative: !!spec.stative,
    implicitObject: !!spec.implicitObject,
    confidence: spec.confidence ?? 0.8,
  };
  let forms: string[];
  if (kind === "verb") {
    const vf = verbForms(lemma);
    forms = vf.all;
    for (const f of [...vf.all, ...lower(spec.forms)]) lex.verbs.add(f);
    vf.past.forEach((p) => lex.participles.add(p));
    lower(spec.forms).filter((f) => !f.endsWith("ing") && !f.endsWith("s")).forEach((p) => lex.participles.add(p));
  } else forms = nounForms(lemma);
  const except = new Set(lower(spec.except));
  if (except.size) {
    forms = forms.filter((f) => !except.has(f));
    for (const f of except) lex.participles.delete(f);
  }
  for (const f of new Set([...forms, ...lower(spec.forms)].filter((f) => !except.has(f)))) {
    const list = lex.triggers.get(f) ?? [];
    list.push(t);
    lex.triggers.set(f, list);
  }
}

interface CountryRow {
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean;
}

function demonymTable(): Map<string, string> {
  // The package's typings describe a CommonJS default export; at run time the default is the array.
  const mod = worldCountries as unknown as CountryRow[] | { default: CountryRow[] };
  const countries = Array.isArray(mod) ? mod : mod.default;
  const out = new Map<string, string>();
  // Sovereign states first: "Norwegian" is Norway, not Svalbard and Jan Mayen.
  const ordered = [...countries.filter((c) => c.independent), ...countries.filter((c) => !c.independent)];
  for (const c of ordered) {
    const d = c.demonyms?.eng;
    for (const w of [d?.m, d?.f]) if (w && !out.has(w.toLowerCase())) out.set(w.toLowerCase(), c.name.common);
  }
  return out;
}
