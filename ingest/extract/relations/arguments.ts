// Finds a trigger's arguments in a sentence: the subject to its left, an object or agent to its right.
import type { Token } from "../types.js";
import { pronounSubject } from "./pronouns.js";
import type { LocalMention, SentenceView } from "./types.js";
import { AUX, BE, DETS, PREPS, isAdverb, isCapitalised, isGlue, isMainVerb, isPunct, norm } from "./words.js";

/** A coordination group found as an argument, with how sure the finder is. */
export interface Arg {
  group: number;
  confidence: number;
}

const tok = (v: SentenceView, i: number): Token | undefined => (i >= v.tokStart && i < v.tokEnd ? v.doc.tokens[i] : undefined);
const mentionAt = (v: SentenceView, i: number): number => (i >= v.tokStart && i < v.tokEnd ? v.mentionAt[i - v.tokStart]! : -1);
/** Words that open a new clause: a subject is never found left of them. */
const CLAUSE_STOP = new Set([
  "that", "said", "says", "say", "told", "tells", "added", "announced", "stated", "whether", "because", "although",
  "though", "while", "but", "if", "unless", "where", "when",
]);
/** Words after which a noun phrase is a clause subject, not an object. */
const OPENS_CLAUSE = new Set(["said", "says", "say", "added", "announced", "stated", "believe", "believes", "believed", "whether", "because", "although", "though", "while", "unless"]);
const RELATIVE = new Set(["who", "which", "whose", "whom", "where", "when"]);
/** A comma-like break; a lone hyphen is a dash ("CITY (Agency) - X said"). */
const isComma = (t: Token | undefined): boolean => !!t && /^(?:[,;:—–]|-|--)$/.test(t.text);

/** Token span [start, end) covered by a group. */
export function groupSpan(v: SentenceView, g: number): [number, number] {
  const members = v.groups[g]!;
  let end = v.ms[members[members.length - 1]!]!.tokEnd;
  // A bracketed acronym merged into the last member.
  while (mentionAt(v, end) >= 0 && v.ms[mentionAt(v, end)]!.group === g) end = v.ms[mentionAt(v, end)]!.tokEnd;
  return [v.ms[members[0]!]!.tokStart, end];
}

const HONORIFICS = new Set(["general", "colonel", "sheikh", "king", "queen", "prince", "princess", "emir", "admiral", "major", "lieutenant", "captain", "mr", "mrs", "ms", "dr", "justice", "judge", "crown", "sayyid", "defence", "defense", "foreign", "interior", "finance"]);

/** How a group relates to what precedes it: "prep" (object of a preposition), "from", "object" or "free". */
export function governor(v: SentenceView, start: number): "prep" | "from" | "object" | "free" {
  for (let i = start - 1, n = 0, titles = 0; i >= v.tokStart && n < 4; i--, n++) {
    const t = tok(v, i)!;
    const w = norm(t);
    // "met Peru's Defence Minister X": titles and a possessive owner sit between the verb and the name.
    const mi = mentionAt(v, i);
    if (mi >= 0 && v.ms[mi]!.possessive && titles > 0) {
      i = v.ms[mi]!.tokStart;
      n--;
      continue;
    }
    // "Inspector General of Police X", "Chief of Army Staff X": a title with "of" inside.
    const prevTok = tok(v, i - 2);
    if (mi < 0 && isCapitalised(t) && !isPunct(t) && norm(tok(v, i - 1) ?? t) === "of" && prevTok && isCapitalised(prevTok) && mentionAt(v, i - 2) < 0 && titles++ < 5) {
      i--;
      continue;
    }
    if (mi < 0 && isCapitalised(t) && (v.lex.roleWords.has(w) || HONORIFICS.has(w) || (titles > 0 && v.lex.demonyms.has(w))) && titles++ < 5) {
      n--;
      continue;
    }
    if (w === "from" || (w === "of" && (isPeopleNoun(tok(v, i - 1), i - 1 === v.tokStart) || v.lex.peopleNouns.has(norm(tok(v, i - 1) ?? t))))) return "from";
    if (PREPS.has(w)) return "prep";
    // "officials said [that] X attacked": a reporting verb opens a clause whose subject X is.
    if (OPENS_CLAUSE.has(w)) return "free";
    if (DETS.has(w) || isGlue(t) || (t.tags.includes("Adjective") && !isCapitalised(t))) continue;
    if (isMainVerb(t) || (v.lex.verbs.has(w) && !DETS.has(norm(tok(v, i - 1) ?? t)))) return "object";
    return "free";
  }
  return "free";
}

/**
 * "X, which is financed by", "rebels who perceive": when a relative pronoun is the verb's subject,
 * the noun phrase right before it is.
 */
function relativeAntecedent(v: SentenceView, at: number): Arg | undefined {
  let i = at - 1;
  while (i > v.tokStart && (BE.has(norm(tok(v, i)!)) || AUX.has(norm(tok(v, i)!)) || isAdverb(tok(v, i)!))) i--;
  const w = tok(v, i);
  if (!w || !["who", "which", "that"].includes(norm(w))) return undefined;
  let j = i - 1;
  if (isComma(tok(v, j))) j--;
  // "the X railway, which": a lower-case head noun after the name.
  const head = tok(v, j);
  if (head && mentionAt(v, j) < 0 && mentionAt(v, j - 1) >= 0 && /^\p{Ll}/u.test(head.text) && head.tags.includes("Noun") && !v.lex.peopleNouns.has(norm(head)) && !v.lex.roleWords.has(norm(head))) j--;
  const mi = mentionAt(v, j);
  if (mi < 0) return appositionAntecedent(v, j);
  if (v.ms[mi]!.possessive) return undefined;
  return { group: v.ms[mi]!.group, confidence: 0.9 };
}

/**
 * "X (ACR), the Chinese state-owned company that is building Y": a relative clause on an apposition
 * (a determiner and up to five describing words, no name) belongs to the name before the comma.
 */
function appositionAntecedent(v: SentenceView, end: number): Arg | undefined {
  let j = end;
  for (let n = 0; n < 6 && j > v.tokStart; n++, j--) {
    const t = tok(v, j)!;
    const w = norm(t);
    if (w === "the" || w === "a" || w === "an") break;
    if (mentionAt(v, j) >= 0 || isPunct(t) || PREPS.has(w) || BE.has(w) || AUX.has(w) || (isCapitalised(t) && !v.lex.demonyms.has(w))) return undefined;
  }
  const det = norm(tok(v, j) ?? tok(v, end)!);
  if ((det !== "the" && det !== "a" && det !== "an") || j === end || !isComma(tok(v, j - 1))) return undefined;
  let b = j - 2;
  // "X (ACR), the ...": the long form before a bracketed acronym.
  if (tok(v, b)?.text === ")" && mentionAt(v, b - 1) >= 0 && tok(v, b - 2)?.text === "(") b -= 3;
  const mi = mentionAt(v, b);
  if (mi < 0 || v.ms[mi]!.possessive || v.groups[v.ms[mi]!.group]!.length > 1) return undefined;
  return { group: v.ms[mi]!.group, confidence: 0.8 };
}

/** "militants (of X)", "officials (from X)": a plural common noun naming people or units. */
function isPeopleNoun(t: Token | undefined, first: boolean): boolean {
  return !!t && (first || /^\p{Ll}/u.test(t.text)) && (t.tags.includes("Plural") || /[^s]s$/.test(norm(t))) && !PREPS.has(norm(t));
}

/** Comma-separated segments of the sentence, ignoring commas inside coordination groups. */
function segmentStarts(v: SentenceView, upTo: number): number[] {
  const inGroup = new Set<number>();
  v.groups.forEach((g, gi) => {
    if (g.length < 2) return;
    const [a, b] = groupSpan(v, gi);
    for (let i = a; i < b; i++) inGroup.add(i);
  });
  const starts = [v.tokStart];
  for (let i = v.tokStart; i < upTo; i++) if (isComma(tok(v, i)) && !inGroup.has(i)) starts.push(i + 1);
  return starts;
}

/**
 * The subject of the verb at `at`: the nearest free noun phrase to its left in the same clause, else the
 * first free one of an earlier comma segment (skipping appositions such as ", Vice Chairman of X,").
 */
export function findSubject(v: SentenceView, at: number, passive = false): Arg | undefined {
  // Reduced relative ("people working on X", "sites targeted by Y"): the phrase right before the participle.
  const prev = mentionAt(v, at - 1);
  const w = norm(v.doc.tokens[at]!);
  if (prev >= 0 && (w.endsWith("ing") || passive) && !v.ms[prev]!.possessive) return { group: v.ms[prev]!.group, confidence: 0.9 };
  const antecedent = relativeAntecedent(v, at);
  if (antecedent) return antecedent;
  // "He met X", "..., where she visited Y": the pronoun's antecedent, and no guess when it is unclear.
  const pronoun = pronounSubject(v, at);
  if (pronoun !== undefined) return pronoun ?? undefined;
  const starts = segmentStarts(v, at);
  // "X said that Y attacked Z": the subject is inside the clause the trigger is in.
  let stop = -1;
  for (let i = at - 1; i >= starts[starts.length - 1]!; i--) if (CLAUSE_STOP.has(norm(v.doc.tokens[i]!))) { stop = i; break; }
  if (stop >= 0) {
    const speaker = reportedPronoun(v, stop, at);
    if (speaker) return speaker;
    starts.splice(0, starts.length, stop + 1);
  }
  let fallback: Arg | undefined;
  for (let s = starts.length - 1; s >= 0 && s >= starts.length - 4; s--) {
    const from = starts[s]!;
    const to = s === starts.length - 1 ? at : starts[s + 1]! - 1;
    // "CITY, Date (Agency) - Police killed ...": nothing before a dateline dash is a subject.
    if (s !== starts.length - 1 && /^-+$/.test(v.doc.tokens[to]!.text)) break;
    if (s !== starts.length - 1 && RELATIVE.has(norm(tok(v, from) ?? v.doc.tokens[at]!))) continue;
    // "X, an Acme lawmaker from Y, also asked ...": an apposition describes the subject, it is not one.
    if (s !== starts.length - 1 && s > 0 && apposition(v, from)) continue;
    const inSeg = v.ms.filter((m) => m.tokStart >= from && m.tokEnd <= to && !dateline(v, m));
    const ordered = s === starts.length - 1 ? inSeg.reverse() : inSeg;
    const seen = new Set<number>();
    for (const m of ordered) {
      if (seen.has(m.group)) continue;
      seen.add(m.group);
      const [gs, ge] = groupSpan(v, m.group);
      const last = v.ms[v.groups[m.group]![v.groups[m.group]!.length - 1]!]!;
      if (last.possessive) continue;
      const gov = governor(v, gs);
      // ("Soldiers of X were killed": the unnamed people, not X, are the victims of a passive.)
      if ((gov === "from" && !(passive && peopleOf(v, gs))) || (gov === "prep" && (ledBy(v, gs) || includedIn(v, gs)))) fallback ??= { group: m.group, confidence: 0.6 };
      // "a day after [Minister] X held talks": a conjunction opens a clause whose subject X is.
      if (gov === "prep" && s === starts.length - 1 && subordinateSubject(v, gs, ge, at)) return { group: m.group, confidence: 0.85 };
      if (gov !== "free") continue;
      const next = tok(v, ge);
      const near = s === starts.length - 1 ? 1 : 0.9;
      // "Acme chief X asked ...", "Lamu County Commissioner X said": the titled person, not the organisation.
      const titled = titledPerson(v, m.group);
      if (titled !== undefined && v.ms[v.groups[titled]![0]!]!.tokEnd <= at) return { group: titled, confidence: near };
      const modifier = !!next && /^\p{Ll}/u.test(next.text) && next.tags.includes("Noun") && !next.tags.includes("Verb");
      return { group: m.group, confidence: (modifier ? 0.8 : 1) * near };
    }
  }
  return fallback ?? coordinatedSubject(v, at);
}

/**
 * "X said the attack risked spills and urged Y to ...", "X condemned the raid and asked Y to ...": a
 * predicate joined by "and" with no subject of its own shares the subject of the verb before it, and
 * a reported clause whose own subject is unnamed falls back to the speaker.
 */
function coordinatedSubject(v: SentenceView, at: number): Arg | undefined {
  let i = at - 1;
  while (i > v.tokStart && (isAdverb(tok(v, i)!) || AUX.has(norm(tok(v, i)!)))) i--;
  if (norm(tok(v, i) ?? tok(v, at)!) !== "and") return undefined;
  for (let k = i - 1, n = 0; k > v.tokStart && n < 15; k--, n++) {
    const t = tok(v, k)!;
    if (t.text === ";" || mentionAt(v, k) >= 0 || !isMainVerb(t) || norm(t).endsWith("ing")) continue;
    const subject = findSubject(v, k);
    if (subject) return { group: subject.group, confidence: subject.confidence * 0.8 };
    // The verb before is inside a reported clause ("said the attack risked ..."): the speaker.
    for (let r = k - 1; r > v.tokStart; r--) {
      if (!REPORTING.has(norm(tok(v, r)!))) continue;
      const speaker = findSubject(v, r);
      return speaker ? { group: speaker.group, confidence: speaker.confidence * 0.7 } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** "soldiers of [the] X": the group at `start` names whose people an unnamed plural noun are. */
function peopleOf(v: SentenceView, start: number): boolean {
  let i = start - 1;
  while (i > v.tokStart && DETS.has(norm(tok(v, i)!))) i--;
  return norm(tok(v, i) ?? tok(v, start)!) === "of" && v.lex.peopleNouns.has(norm(tok(v, i - 1) ?? tok(v, start)!));
}

/**
 * The comma segment starting at `from` is an apposition to the name closing the segment before it:
 * it opens with "a"/"an" (or "the"/"its" after a person) and the comma follows a person or organisation.
 */
function apposition(v: SentenceView, from: number): boolean {
  const first = tok(v, from);
  if (!first || !/^\p{Ll}/u.test(first.text)) return false;
  let b = from - 2;
  // "X (ACR), a ...": a bracketed acronym closes the name.
  if (tok(v, b)?.text === ")") while (b > v.tokStart && tok(v, b)!.text !== "(") b--, (b === v.tokStart && (b = -1));
  if (tok(v, b)?.text === "(") b--;
  const mi = mentionAt(v, b);
  if (mi < 0 || v.ms[mi]!.possessive) return false;
  const type = v.ms[mi]!.type;
  const w = norm(first);
  if (w === "a" || w === "an") return type === "Person" || type === "Organization";
  return type === "Person" && (w === "the" || w === "his" || w === "her");
}

/** "KATHMANDU: Police ...", "ADEN, Yemen (AFP) - ...": a capitalised place opening the sentence is a dateline, never a subject. */
function dateline(v: SentenceView, m: LocalMention): boolean {
  if (m.type !== "Place" || m.tokStart !== v.tokStart) return false;
  const text = v.doc.source.text.slice(m.start, m.end);
  return /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && /^[:,(–—-]$/.test(tok(v, m.tokEnd)?.text ?? "");
}

const SUBORDINATORS = new Set(["after", "before", "since", "until", "as"]);

/** The group [gs, ge) opens a clause after a conjunction ("after X held", "as Y was meeting") and ends right before the verb at `at`. */
function subordinateSubject(v: SentenceView, gs: number, ge: number, at: number): boolean {
  for (let k = ge; k < at; k++) if (!AUX.has(norm(tok(v, k)!)) && !BE.has(norm(tok(v, k)!)) && !isAdverb(tok(v, k)!)) return false;
  let i = gs - 1;
  while (i > v.tokStart && i > gs - 6 && mentionAt(v, i) < 0 && isCapitalised(tok(v, i)!) && !isPunct(tok(v, i)!)) i--;
  return SUBORDINATORS.has(norm(tok(v, i) ?? tok(v, gs)!)) && /^\p{Ll}/u.test(tok(v, i)!.text);
}

const REPORTING = new Set(["said", "says", "say", "added", "announced", "stated", "told"]);

/**
 * "X said it had asked Y", "X said he would visit Y": a pronoun subject right after a reporting verb is
 * the speaker (he/she a person, it anything else).
 */
function reportedPronoun(v: SentenceView, stop: number, at: number): Arg | undefined {
  if (!REPORTING.has(norm(v.doc.tokens[stop]!))) return undefined;
  let i = stop + 1;
  if (norm(tok(v, i) ?? v.doc.tokens[at]!) === "that") i++;
  let p = norm(tok(v, i) ?? v.doc.tokens[at]!);
  // "The army said its troops killed ...": the speaker's own people act for it.
  if ((p === "its" || p === "their") && i + 1 < at && (v.lex.peopleNouns.has(norm(tok(v, i + 1)!)) || norm(tok(v, i + 1)!) === "forces")) [i, p] = [i + 1, "it"];
  if (i >= at || !["he", "she", "it"].includes(p)) return undefined;
  for (let k = i + 1; k < at; k++) if (mentionAt(v, k) >= 0 || isComma(tok(v, k))) return undefined;
  const speaker = findSubject(v, stop);
  if (!speaker) return undefined;
  const person = v.groups[speaker.group]!.every((m) => v.ms[m]!.type === "Person");
  return (p === "it") !== person ? { group: speaker.group, confidence: speaker.confidence * 0.85 } : undefined;
}

/** "Environmental groups, including X, opposed ...": a named member of an unnamed subject. */
function includedIn(v: SentenceView, start: number): boolean {
  let i = start - 1;
  while (i > v.tokStart && DETS.has(norm(tok(v, i)!))) i--;
  return norm(tok(v, i) ?? tok(v, start)!) === "including" && isComma(tok(v, i - 1));
}

/** "The council, led by [Mayor] X, asked ...": the leader named in an apposition speaks for the subject. */
function ledBy(v: SentenceView, start: number): boolean {
  let i = start - 1;
  while (i > v.tokStart && isCapitalised(tok(v, i)!) && mentionAt(v, i) < 0) i--;
  return norm(tok(v, i) ?? tok(v, start)!) === "by" && ["led", "headed"].includes(norm(tok(v, i - 1) ?? tok(v, start)!));
}

/**
 * The noun phrase starting at `from`: skips determiners, adjectives, title words and possessive
 * modifiers ("Kenya's Army Chief General X" -> X); stops at anything else.
 */
export function findObject(v: SentenceView, from: number, maxSkip = 6): Arg | undefined {
  for (let i = from, skipped = 0; i < v.tokEnd && skipped <= maxSkip; ) {
    const mi = mentionAt(v, i);
    if (mi >= 0) {
      const m = v.ms[mi]!;
      const [, ge] = groupSpan(v, m.group);
      if (m.possessive && v.groups[m.group]!.length === 1) {
        i = ge;
        skipped++;
        continue;
      }
      return { group: titledPerson(v, m.group) ?? m.group, confidence: 1 - skipped * 0.03 };
    }
    const t = tok(v, i)!;
    const w = norm(t);
    // ("the army's 14th Brigade": a lower-case possessive owner is passed over like a determiner.)
    const owner = /^\p{Ll}/u.test(t.text) && /^['’]s?$/.test(tok(v, i + 1)?.text ?? "") && i > from;
    const skippable = owner || DETS.has(w) || isGlue(t) || isAdverb(t) || t.tags.includes("Adjective") || t.tags.includes("Value") || COMPOUND.test(t.text) ||
      (isCapitalised(t) && !PREPS.has(w) && !isPunct(t)) || /^\d/.test(w);
    // "the banned X", "the outlawed X": a participle between a determiner and a name describes it.
    const participle = /^\p{Ll}+ed$/u.test(t.text) && i > from && DETS.has(norm(tok(v, i - 1)!)) && mentionAt(v, i + 1) >= 0;
    const descriptor = participle || (nounLike(t) && personWithin(v, i + 1, 3));
    // "Acme's chief executive, X": the comma before a person after a describing noun.
    const apposed = isComma(t) && i > from && describingWord(tok(v, i - 1)!) && appositePerson(v, i + 1);
    if (apposed) {
      i++;
      continue;
    }
    if ((!skippable && !descriptor) || PREPS.has(w) || isComma(t) || t.text === ".") return describedPerson(v, i, from);
    i++;
    skipped++;
  }
  return undefined;
}

/**
 * "the district police officer of North Waziristan, Saleem Wazir": a lower-case description (an "of"
 * phrase allowed) closed by a comma and a person in apposition: that person.
 */
function describedPerson(v: SentenceView, at: number, from: number): Arg | undefined {
  const first = tok(v, at);
  if (!first || !nounLike(first) || (at > from && !DETS.has(norm(tok(v, at - 1)!)) && !nounLike(tok(v, at - 1)!) && !tok(v, at - 1)!.tags.includes("Adjective"))) return undefined;
  for (let i = at; i < v.tokEnd && i < at + 10; i++) {
    const t = tok(v, i)!;
    const mi = mentionAt(v, i);
    if (mi >= 0) {
      if (v.ms[mi]!.type === "Person") return undefined;
      i = v.ms[mi]!.tokEnd - 1;
      continue;
    }
    if (isComma(t)) return i > at && appositePerson(v, i + 1) ? { group: v.ms[mentionAt(v, nameAt(v, i + 1))]!.group, confidence: 0.8 } : undefined;
    const w = norm(t);
    if (!(nounLike(t) || w === "of" || w === "the" || t.tags.includes("Adjective") || (isCapitalised(t) && !isPunct(t)))) return undefined;
  }
  return undefined;
}

/** The first token of the name after title words at `i` (see appositePerson). */
function nameAt(v: SentenceView, i: number): number {
  while (mentionAt(v, i) < 0 && i < v.tokEnd - 1) i++;
  return i;
}

/** A person named at `i` in apposition: not the subject of a following verb ("the governor, X said"). */
function appositePerson(v: SentenceView, i: number): boolean {
  // ", General X", ", Maj Gen X": capitalised title words before the name.
  for (let n = 0; n < 4 && mentionAt(v, i) < 0 && tok(v, i) && isCapitalised(tok(v, i)!) && !isPunct(tok(v, i)!) && (v.lex.roleWords.has(norm(tok(v, i)!)) || HONORIFICS.has(norm(tok(v, i)!)) || /^\p{Lu}\p{Ll}{0,3}\.?$/u.test(tok(v, i)!.text)); n++) i++;
  const p = mentionAt(v, i);
  if (p < 0 || v.ms[p]!.type !== "Person" || v.ms[p]!.tokStart !== i) return false;
  const next = tok(v, v.ms[p]!.tokEnd);
  return !next || isComma(next) || next.text === "." || PREPS.has(norm(next)) || next.text === "(";
}

/** A lower-case noun or adjective closing a description ("chief executive", "ambassador"). */
function describingWord(t: Token): boolean {
  const w = norm(t);
  return /^\p{Ll}/u.test(t.text) && !PREPS.has(w) && !DETS.has(w) && !BE.has(w) && !AUX.has(w) && (t.tags.includes("Noun") || t.tags.includes("Adjective"));
}

/** "state-owned", "Iran-backed", "full-scale": hyphenated compounds before a noun describe it. */
const COMPOUND = /^\p{L}+(?:-\p{Ll}+)+$/u;

/** A lower-case word that can be a noun ("state" is tagged as a verb too), not a past form or gerund. */
function nounLike(t: Token): boolean {
  const w = norm(t);
  if (!/^\p{Ll}/u.test(t.text) || PREPS.has(w) || DETS.has(w) || BE.has(w) || AUX.has(w)) return false;
  return t.tags.includes("Noun") || (t.tags.includes("Infinitive") && !t.tags.includes("PastTense") && !t.tags.includes("Gerund"));
}

/**
 * A name starts within `n` tokens from `from`, after lower-case nouns only ("state oil company X",
 * "defence minister X"): the nouns describe it.
 */
function personWithin(v: SentenceView, from: number, n: number): boolean {
  for (let i = from; i < from + n && i < v.tokEnd; i++) {
    const mi = mentionAt(v, i);
    if (mi >= 0) return v.ms[mi]!.tokStart === i;
    const t = tok(v, i)!;
    // "the Japanese ambassador, Masaki Tanabe": a person in apposition right after the comma.
    if (isComma(t)) return appositePerson(v, i + 1);
    if (!nounLike(t) && !(isCapitalised(t) && !isPunct(t))) return false;
  }
  return false;
}

/**
 * "Wagner chief Yevgeny Prigozhin": an organisation + role title + person is the person. So is
 * "the UN envoy for Yemen, Hans Grundberg": the role's place phrase and a comma before the person.
 */
function titledPerson(v: SentenceView, g: number): number | undefined {
  if (v.groups[g]!.length > 1) return undefined;
  let i = groupSpan(v, g)[1];
  const first = i;
  while (i < v.tokEnd && i < first + 4 && mentionAt(v, i) < 0 && v.lex.roleWords.has(norm(tok(v, i)!))) i++;
  if (i > first && ["for", "in", "to"].includes(norm(tok(v, i) ?? tok(v, first)!)) && mentionAt(v, i + 1) >= 0) {
    const place = v.ms[mentionAt(v, i + 1)]!;
    if (place.type === "Place" && v.groups[place.group]!.length === 1 && isComma(tok(v, place.tokEnd)) && appositePerson(v, place.tokEnd + 1)) i = nameAt(v, place.tokEnd + 1);
  }
  const p = i > first ? mentionAt(v, i) : -1;
  return p >= 0 && v.ms[p]!.type === "Person" ? v.ms[p]!.group : undefined;
}

/** The agent of a passive: "by" + noun phrase within a few tokens after `from`, in the same clause. */
export function findAgent(v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd && i < from + 8; i++) {
    const t = tok(v, i)!;
    const w = norm(t);
    if (w === "by") return findObject(v, i + 1) ?? ledGroupAgent(v, i + 1) ?? memberAgent(v, i + 1);
    if (isComma(t) || BE.has(w) || AUX.has(w) || (isMainVerb(t) && i > from)) return undefined;
  }
  return undefined;
}

/** "by a consortium led by X": the leader of an unnamed group acts for it. */
function ledGroupAgent(v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd && i < from + 4; i++) {
    const w = norm(tok(v, i)!);
    if ((w === "led" || w === "headed") && norm(tok(v, i + 1) ?? tok(v, i)!) === "by") {
      const a = findObject(v, i + 2);
      return a ? { group: a.group, confidence: a.confidence * 0.8 } : undefined;
    }
    if (isComma(tok(v, i)) || PREPS.has(w)) return undefined;
  }
  return undefined;
}

/** Collective nouns whose named members act for them ("a consortium of A and B"). */
const COLLECTIVES = new Set(["consortium", "group", "syndicate", "coalition", "alliance", "venture", "partnership", "club", "team", "grouping"]);
/** Money nouns whose source is the agent ("by a $300 million loan from X"). */
const MONEY = new Set(["loan", "loans", "grant", "grants", "credit", "credits", "financing", "funding", "funds", "investment", "investments", "money", "bonds"]);

/**
 * "by a consortium of [lenders including] A, B and C", "by a $300 million loan from X", "by loans from
 * X": the named members or the source of an unnamed agent, less certain.
 */
function memberAgent(v: SentenceView, from: number): Arg | undefined {
  let collective = false;
  let money = false;
  for (let i = from; i < v.tokEnd && i < from + 8; i++) {
    const t = tok(v, i)!;
    const w = norm(t);
    if (mentionAt(v, i) >= 0 || isComma(t) || t.text === ".") return undefined;
    if (COLLECTIVES.has(w)) collective = true;
    else if (MONEY.has(w)) money = true;
    else if ((collective && (w === "of" || w === "including" || w === "comprising")) || (money && w === "from")) {
      // "a consortium of lenders including A": the member list may follow a plural noun.
      let j = i + 1;
      if (w === "of" && /^\p{Ll}/u.test(tok(v, j)?.text ?? "") && norm(tok(v, j + 1) ?? t) === "including") j += 2;
      const a = findObject(v, j, 2);
      return a ? { group: a.group, confidence: a.confidence * 0.8 } : undefined;
    } else if (!(DETS.has(w) || isAdverb(t) || t.tags.includes("Adjective") || t.tags.includes("Value") || /^[$€£¥\d]/.test(t.text) || AMOUNT_WORDS.has(w) || COMPOUND.test(t.text))) return undefined;
  }
  return undefined;
}

const AMOUNT_WORDS = new Set(["million", "billion", "trillion", "bn", "m", "part", "in", "new", "further"]);

/** "..., together with X and Y": partners named after an agent, up to the end of the sentence. */
export function partners(v: SentenceView, from: number): Arg | undefined {
  for (let i = from; i < v.tokEnd - 1; i++) {
    const w = norm(tok(v, i)!);
    if ((w === "together" || w === "along") && norm(tok(v, i + 1)!) === "with") {
      const p = findObject(v, i + 2);
      return p ? { group: p.group, confidence: p.confidence * 0.8 } : undefined;
    }
    if (isMainVerb(tok(v, i)!) && mentionAt(v, i) < 0) return undefined;
  }
  return undefined;
}

/** Index of the first of `words` within `span` tokens after `from` (skipping adverbs), or -1. */
export function findWord(v: SentenceView, from: number, words: readonly string[], span: number): number {
  for (let i = from; i < v.tokEnd && i < from + span; i++) {
    const t = tok(v, i)!;
    // "$2bn": a unit glued to its number counts as the unit word.
    if (words.includes(norm(t)) || (/^\d/.test(t.text) && words.includes(norm(t).replace(/^[\d.,]+/, "")))) return i;
    if (isComma(t) || t.text === ".") return -1;
  }
  return -1;
}

const TIME_WORDS = new Set([
  "last", "next", "this", "year", "week", "month", "day", "earlier", "again", "on", "in", "early", "late", "repeatedly",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december",
]);

/** "X (ACR) last year to act": "to" follows at `i`, after a bracketed acronym and a short time phrase. */
export function toFollows(v: SentenceView, i: number): boolean {
  // "urged the envoy, X, to ...": the comma closing an apposition.
  if (isComma(tok(v, i))) i++;
  if (tok(v, i)?.text === "(") {
    while (i < v.tokEnd && tok(v, i)!.text !== ")") i++;
    i++;
  }
  for (let n = 0; n < 4 && tok(v, i) && norm(tok(v, i)!) !== "to"; n++, i++)
    if (!TIME_WORDS.has(norm(tok(v, i)!)) && !/^\d+$/.test(norm(tok(v, i)!))) return false;
  return norm(tok(v, i) ?? v.doc.tokens[v.tokStart]!) === "to";
}

export { tok, mentionAt, isComma };
