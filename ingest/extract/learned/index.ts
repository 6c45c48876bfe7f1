// Public face of the learned relation classifier (candidates, features, model, stage).
export { learnedRelationsStage, learnedStage, learnedOptions, bundledModel } from "./stage.js";
export { predictRelations, LEARNED_TRIGGER } from "./predict.js";
export { pairCandidates, MAX_NEIGHBOURS } from "./candidates.js";
export { pairFeatures, emitFeatures, FEATURE_VERSION, type FeatureSink } from "./features.js";
export { indexDoc } from "./doc-index.js";
export { classProbabilities, pairProbabilities, parseClass } from "./model.js";
export { trainModel, type Example, type TrainOptions } from "./train.js";
export type { PairCandidate, RelationModel, LearnedOptions } from "./types.js";
