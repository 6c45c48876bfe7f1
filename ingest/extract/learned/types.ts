// Contracts of the learned relation classifier: candidate pairs, feature vectors, the saved model.

/** Two resolved entities named in one sentence, `first` before `second` in the text. */
export interface PairCandidate {
  sentence: number;
  /** Indexes into AnnotatedDoc.mentions. */
  first: number;
  second: number;
  /** Entity ids of the two mentions. */
  firstId: string;
  secondId: string;
}

/**
 * A class is a relation type with a direction: "LEADS>" (the first mention is the head), "LEADS<" (the second
 * is the head); symmetric relations have one class ("MET_WITH").
 */
export type PairClass = string;

/** One-vs-rest logistic regression over sparse binary features, as saved in model.json. */
export interface RelationModel {
  version: 1;
  /** Features-extractor version the weights were trained with; a mismatch disables the model. */
  featureVersion: number;
  classes: PairClass[];
  bias: number[];
  /** feature -> weights, one per class (zeros kept so the arrays stay aligned). */
  weights: Record<string, number[]>;
  /** Probability an edge needs to be added (chosen by cross-validation at training time). */
  threshold: number;
  /** Pairs further apart than this many characters (end of the first to start of the second) are not scored. */
  maxGap?: number;
  /** How many later mentions each mention is paired with (default MAX_NEIGHBOURS). */
  neighbours?: number;
  /** Per relation type thresholds (override `threshold`; above 1 turns a type off). */
  thresholds?: Record<string, number>;
  /** What the model was trained on (set names, counts) for the record. */
  trainedOn?: Record<string, unknown>;
}

/** Settings of the learned stage, read from the schema's `learnedRelations` entry. */
export interface LearnedOptions {
  /** false turns the stage off (default true). */
  enabled?: boolean;
  /** Overrides the model's threshold (0-1; higher adds fewer, surer edges). */
  minConfidence?: number;
}
