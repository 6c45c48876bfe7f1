// Types the relation rules share: the compiled lexicon and the per-sentence view of mentions.
import type { EntityType } from "../../../graph/types.js";
import type { AnnotatedDoc } from "../types.js";

/** One trigger form, ready to apply (compiled from a schema TriggerSpec). */
export interface CompiledTrigger {
  relation: string;
  kind: "verb" | "noun";
  lemma: string;
  particle?: string;
  preps: string[];
  direct: boolean;
  via: string[];
  agentPreps: string[];
  needsTo: boolean;
  stative: boolean;
  /** An unnamed object is guessed from context (projects and organisations only). */
  implicitObject: boolean;
  confidence: number;
}

export interface RelationInfo {
  name: string;
  symmetric: boolean;
  head?: ReadonlySet<EntityType>;
  tail?: ReadonlySet<EntityType>;
  implicitTail: boolean;
  /** An unnamed counted object of people ("killed 12 soldiers") becomes a Group entity. */
  groupTail: boolean;
}

/** A role title ("vice chairman") as lower-case words and the relation it implies. */
export interface RoleEntry {
  words: string[];
  relation: string;
}

/** Everything the rules look up, built once per schema. */
export interface Lexicon {
  /** Surface form (lower case) -> triggers. */
  triggers: Map<string, CompiledTrigger[]>;
  /** Every verb form of every verb trigger and cue ("attacked", "heads", "conducted"). */
  verbs: Set<string>;
  /** Past forms that can head a passive ("audited", "led"). */
  participles: Set<string>;
  relations: Map<string, RelationInfo>;
  /** Longest first. */
  roles: RoleEntry[];
  /** The same entries by their first word, longest first. */
  rolesByFirst: Map<string, RoleEntry[]>;
  roleWords: Set<string>;
  lightVerbs: Set<string>;
  tailSubjectVerbs: Set<string>;
  orgNouns: string[][];
  placeWords: Set<string>;
  placeSuffixes: string[][];
  delegationNouns: Set<string>;
  /** Last words of unit names ("brigade"): "the army's Fifth Brigade" is part of the army. */
  unitNouns: Set<string>;
  /** Class nouns that stand for the latest entity of a type ("the project" -> a Project). */
  classNouns: Map<string, EntityType>;
  /** Plural nouns for people ("soldiers", "suspects"): heads of unnamed Group objects. */
  peopleNouns: Set<string>;
  /** Demonym or adjective (lower case) -> country name ("kenyan" -> "Kenya"). */
  demonyms: Map<string, string>;
  /** Country names, lower case. */
  countries: Set<string>;
}

/** A mention with an entity, placed on tokens. */
export interface LocalMention {
  entityId: string;
  type: EntityType;
  /** Absolute token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** Followed by 's or ' (a possessive modifier). */
  possessive: boolean;
  group: number;
}

/** A sentence seen by the rules: its mentions, coordination groups and token -> mention map. */
export interface SentenceView {
  doc: AnnotatedDoc;
  lex: Lexicon;
  index: number;
  /** Absolute token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Mentions in text order. */
  ms: LocalMention[];
  /** Coordination groups ("A, B and C") as indices into ms; singletons for the rest. */
  groups: number[][];
  /** mentionAt[tok - tokStart] = index into ms, or -1. */
  mentionAt: Int32Array;
}

/** A candidate edge before type checks and de-duplication. */
export interface Candidate {
  relation: string;
  head: string;
  tail: string;
  sentence: number;
  trigger: string;
  confidence: number;
}
