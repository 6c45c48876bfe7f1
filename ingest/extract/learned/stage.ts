// The learned-relations pipeline stage: after the rules, adds the edges the bundled model is sure of.
import type { Schema } from "../../schema.js";
import { compileLexicon } from "../relations/lexicon.js";
import type { Stage } from "../types.js";
import { FEATURE_VERSION } from "./features.js";
import { predictRelations } from "./predict.js";
import type { LearnedOptions, RelationModel } from "./types.js";
import bundled from "./model.json" with { type: "json" };

/** The model shipped with kg (ingest/extract/learned/model.json, made by scripts/train-relations.ts). */
export const BUNDLED_MODEL = bundled as unknown as RelationModel;

/**
 * The schema's `learnedRelations` settings ({ enabled, minConfidence }). Absent means off: the stage costs ~20% of
 * extraction's CPU for about +0.01-0.02 relation F1 on unseen articles, so it is opt-in (`{ "enabled": true }`).
 */
export function learnedOptions(schema: Schema): LearnedOptions {
  const raw = schema["learnedRelations"];
  return raw && typeof raw === "object" ? (raw as LearnedOptions) : {};
}

/**
 * A stage running `model` on each document (a pluggable extractor: another one, e.g. an LLM client, can take its
 * place as long as it returns evidence-carrying relations between the document's entities).
 * @example runPipeline([...DEFAULT_STAGES], doc, ctx) // includes learnedRelationsStage after "relations"
 */
export function learnedStage(model: RelationModel = BUNDLED_MODEL): Stage {
  const usable = model.featureVersion === FEATURE_VERSION && model.classes.length > 0;
  return {
    name: "learned-relations",
    requires: ["tokens", "sentences", "mentions", "entities", "relations"],
    provides: ["relations"],
    run: (doc, ctx) => {
      const opts = learnedOptions(ctx.schema);
      if (!usable || opts.enabled !== true) return doc;
      const added = predictRelations(doc, compileLexicon(ctx.schema), model, opts.minConfidence);
      return added.length ? { ...doc, relations: [...doc.relations, ...added] } : doc;
    },
  };
}

/** The stage with the bundled model (part of DEFAULT_STAGES; does nothing unless the schema turns it on). */
export const learnedRelationsStage: Stage = learnedStage();
