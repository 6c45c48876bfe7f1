// Where organisations are: "a Lyon-based company", "the Danish firm X", "the Staff College in Y".
import { isComma, mentionAt, tok } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import type { LocalMention, SentenceView } from "./types.js";
import { DETS, isMainVerb, norm } from "./words.js";

/** Nouns that describe a company or body between a demonym and its name ("the Danish shipping firm X"). */
const FIRM_NOUNS = new Set(["firm", "company", "group", "bank", "lender", "insurer", "carrier", "airline", "manufacturer", "maker", "operator", "contractor", "developer", "conglomerate", "giant", "startup", "producer", "supplier", "utility", "broadcaster", "newspaper", "agency", "charity", "miner", "shipbuilder", "builder", "consultancy", "fund", "investor", "exporter", "refiner"]);
/** Before "X in Y" these make Y the place of an event, not of X ("met X in Y", "arrested by X in Y"). */
const EVENT_BEFORE = new Set(["by", "with", "against", "to", "from", "on", "at", "into", "between", "including", "visit", "visited", "met"]);
const REL = "LOCATED_IN";

/** Applies the organisation-place patterns of the sentence. */
export function applyOrgPlaces(e: Emitter, v: SentenceView): void {
  for (let i = v.tokStart; i < v.tokEnd; i++) {
    const t = tok(v, i)!;
    if (/^\p{Lu}.*-based$/u.test(t.text)) based(e, v, i);
  }
  subjectSeated(e, v);
  for (const m of v.ms) {
    if (m.type !== "Organization" && m.type !== "Project") continue;
    demonymFirm(e, v, m);
    basedIn(e, v, m);
    if (m.type === "Organization") orgIn(e, v, m);
  }
}

/** "<Place>-based <Org>" and "<Org>, a <Place>-based company". */
function based(e: Emitter, v: SentenceView, i: number): void {
  const name = tok(v, i)!.text.slice(0, -"-based".length).toLowerCase();
  const mi = mentionAt(v, i);
  const place = mi >= 0 && v.ms[mi]!.type === "Place" ? v.ms[mi]!.entityId : v.doc.entities.find((x) => x.entityType === "Place" && [x.name, ...x.aliases].some((a) => a.toLowerCase() === name))?.id;
  if (!place) return;
  const edge = (org: LocalMention) => (org.type === "Organization" || org.type === "Project") && emit(e, { relation: REL, head: org.entityId, tail: place, sentence: v.index, trigger: "-based", confidence: 0.75 });
  // "Lyon-based Acme", "the Lyon-based engineering group Acme".
  for (let j = i + 1, n = 0; j < v.tokEnd && n < 4; j++, n++) {
    const mj = mentionAt(v, j);
    // A lower-case mention is a definite description ("the Oslo-based company"): its antecedent was said elsewhere.
    if (mj >= 0) return void (/^\p{Lu}/u.test(tok(v, j)!.text) && edge(v.ms[mj]!));
    if (!/^\p{Ll}/u.test(tok(v, j)!.text) || isComma(tok(v, j))) break;
  }
  // "Acme, a Lyon-based company": the apposition's anchor.
  let b = i - 1;
  while (b > v.tokStart && DETS.has(norm(tok(v, b)!))) b--;
  if (b <= v.tokStart || b >= i - 1 || !isComma(tok(v, b))) return;
  // "Acme Research Centre (ARC), an Oslo-based think tank": the long form before a bracketed acronym.
  let a = b - 1;
  if (tok(v, a)?.text === ")" && mentionAt(v, a - 1) >= 0 && tok(v, v.ms[mentionAt(v, a - 1)]!.tokStart - 1)?.text === "(") a = v.ms[mentionAt(v, a - 1)]!.tokStart - 2;
  if (mentionAt(v, a) >= 0) edge(v.ms[mentionAt(v, a)]!);
}

/** "the Norwegian firm X": a company described by its country's demonym is located there. */
function demonymFirm(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokStart - 1;
  let nouns = 0;
  while (i > v.tokStart && mentionAt(v, i) < 0 && /^\p{Ll}/u.test(tok(v, i)!.text) && !DETS.has(norm(tok(v, i)!)) && nouns < 3) {
    if (!FIRM_NOUNS.has(norm(tok(v, i)!)) && nouns === 0) return;
    nouns++;
    i--;
  }
  if (!nouns) return;
  const country = e.lex.demonyms.get(norm(tok(v, i)!));
  if (!country || mentionAt(v, i) >= 0) return;
  const place = v.doc.entities.find((x) => x.entityType === "Place" && x.name === country);
  if (place) emit(e, { relation: REL, head: m.entityId, tail: place.id, sentence: v.index, trigger: norm(tok(v, i)!), confidence: 0.65 });
}

/**
 * "the Staff College in Mirpur": a named organisation right before "in" and a city or region.
 * A country's own forces are left out ("the Kenya Army in Somalia" is a deployment), and so are
 * countries as places and event arguments ("met X in Y").
 */
function orgIn(e: Emitter, v: SentenceView, m: LocalMention): void {
  const at = tok(v, m.tokEnd);
  if (!at || norm(at) !== "in" || m.possessive) return;
  const pi = mentionAt(v, m.tokEnd + 1);
  const p = pi >= 0 ? v.ms[pi]! : undefined;
  if (!p || p.type !== "Place" || p.possessive || v.groups[p.group]!.length !== 1 || v.groups[m.group]!.length !== 1) return;
  const placeName = v.doc.entities.find((x) => x.id === p.entityId)?.name.toLowerCase() ?? "";
  const orgName = v.doc.entities.find((x) => x.id === m.entityId)?.name.toLowerCase() ?? "";
  // "shifted to the Allied Hospital in Faisalabad": a site (hospital, court, jail) is where it is, whatever the verb.
  if (isSite(e, orgName)) return void emit(e, { relation: REL, head: m.entityId, tail: p.entityId, sentence: v.index, trigger: "in", confidence: 0.6 });
  if (e.lex.countries.has(placeName)) return;
  if (orgName.split(/[\s-]+/).some((w) => e.lex.countries.has(w) || e.lex.demonyms.has(w))) return;
  let b = m.tokStart - 1;
  while (b >= v.tokStart && DETS.has(norm(tok(v, b)!))) b--;
  const before = b >= v.tokStart ? tok(v, b)! : undefined;
  // "commanded the Fifth Brigade in Y" keeps the place; "attacked X in Y" is where the act happened.
  const structural = !!before && (e.lex.triggers.get(norm(before)) ?? []).some((t) => t.kind === "verb" && (t.relation === "LEADS" || t.relation === "MEMBER_OF"));
  if (before && !structural && (EVENT_BEFORE.has(norm(before)) || isMainVerb(before) || v.lex.verbs.has(norm(before)))) return;
  emit(e, { relation: REL, head: m.entityId, tail: p.entityId, sentence: v.index, trigger: "in", confidence: 0.55 });
}

/** Words naming a body by the premises it works from ("National Institute of Virology", "the Chinese Embassy"). */
const SITE_WORDS = new Set(["embassy", "consulate", "institute", "centre", "center", "office", "academy", "camp", "laboratory", "hospital"]);

/**
 * An organisation named as a site: its last word is one of the schema's place suffixes ("... Hospital", "... Court"),
 * or a word of its name names premises ("... Institute of ...", "... Embassy").
 */
function isSite(e: Emitter, name: string): boolean {
  const words = name.split(/\s+/);
  // (A police force is deployed, not sited: "the Kenya Police in Somalia".)
  if (words.length < 2 || words[words.length - 1] === "police") return false;
  return e.lex.placeSuffixes.some((s) => s.length === 1 && s[0] === words[words.length - 1]) || words.some((w) => SITE_WORDS.has(w)) || / high commission$/.test(name);
}

const SEATED = new Set(["based", "headquartered", "located", "situated"]);
const BE = new Set(["is", "was", "are", "were"]);

/** "The Acme Force, a unit under B, is headquartered in C": the sentence's opening organisation is in C. */
function subjectSeated(e: Emitter, v: SentenceView): void {
  const m = v.ms[0];
  if (!m || (m.type !== "Organization" && m.type !== "Project") || m.possessive) return;
  for (let b = m.tokStart - 1; b >= v.tokStart; b--) if (!DETS.has(norm(tok(v, b)!))) return;
  for (let k = m.tokEnd + 1; k < v.tokEnd - 3; k++) {
    // ("..., raised in 1894, are one of ... and are headquartered at Y": a second predicate joined by "and".)
    if (!(isComma(tok(v, k - 1)) || norm(tok(v, k - 1)!) === "and") || !BE.has(norm(tok(v, k)!)) || !SEATED.has(norm(tok(v, k + 1)!)) || !/^(?:in|at)$/.test(norm(tok(v, k + 2)!))) continue;
    let j = k + 3;
    while (tok(v, j) && DETS.has(norm(tok(v, j)!))) j++;
    const p = mentionAt(v, j) >= 0 ? v.ms[mentionAt(v, j)]! : undefined;
    if (p?.type === "Place") emit(e, { relation: REL, head: m.entityId, tail: p.entityId, sentence: v.index, trigger: norm(tok(v, k + 1)!), confidence: 0.7 });
    return;
  }
}

/** "Acme, a think tank based in Lyon" and "Acme, based in Lyon's old town": the apposition's anchor is there. */
function basedIn(e: Emitter, v: SentenceView, m: LocalMention): void {
  let i = m.tokEnd;
  while (mentionAt(v, i) >= 0 && v.ms[mentionAt(v, i)]!.entityId === m.entityId) i = v.ms[mentionAt(v, i)]!.tokEnd;
  if (tok(v, i)?.text === "(") while (tok(v, i) && tok(v, i)!.text !== ")") i++, (i - m.tokEnd > 6 && (i = v.tokEnd));
  if (tok(v, i)?.text === ")") i++;
  if (!isComma(tok(v, i))) return;
  i++;
  const from = i;
  for (let n = 0; n < 5 && tok(v, i) && mentionAt(v, i) < 0 && /^\p{Ll}/u.test(tok(v, i)!.text) && !SEATED.has(norm(tok(v, i)!)); n++) i++;
  if (!tok(v, i) || !SEATED.has(norm(tok(v, i)!)) || norm(tok(v, i + 1) ?? tok(v, i)!) !== "in") return;
  // "A, a force under B, is headquartered in C": the copula's subject is A, not B (subjectSeated).
  if (i === from + 1 && BE.has(norm(tok(v, from)!))) return;
  const pi = mentionAt(v, i + 2) >= 0 ? mentionAt(v, i + 2) : mentionAt(v, i + 3);
  const p = pi >= 0 ? v.ms[pi]! : undefined;
  if (p?.type === "Place") emit(e, { relation: REL, head: m.entityId, tail: p.entityId, sentence: v.index, trigger: norm(tok(v, i)!), confidence: 0.7 });
}
