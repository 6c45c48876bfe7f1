// The learned-relations pipeline stage: after the rules, adds the edges the bundled model is sure of.
import { readFileSync } from "node:fs";
import type { Schema } from "../../schema.js";
import { compileLexicon } from "../relations/lexicon.js";
import type { Stage } from "../types.js";
import { FEATURE_VERSION } from "./features.js";
import { predictRelations } from "./predict.js";
import type { LearnedOptions, RelationModel } from "./types.js";

let bundled: RelationModel | undefined;

/**
 * The model shipped with kg (ingest/extract/learned/model.json, made by scripts/train-relations.ts; `npm run build` copies
 * it into dist), read on first use: the stage is off by default, so threads do not parse ~0.6 MB they never use.
 */
export function bundledModel(): RelationModel {
  bundled ??= JSON.parse(readFileSync(new URL("./model.json", import.meta.url), "utf8")) as RelationModel;
  return bundled;
}

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
export function learnedStage(given?: RelationModel): Stage {
  let model = given;
  const usable = (m: RelationModel): boolean => m.featureVersion === FEATURE_VERSION && m.classes.length > 0;
  return {
    name: "learned-relations",
    requires: ["tokens", "sentences", "mentions", "entities", "relations"],
    provides: ["relations"],
    run: (doc, ctx) => {
      const opts = learnedOptions(ctx.schema);
      if (opts.enabled !== true) return doc;
      model ??= bundledModel();
      if (!usable(model)) return doc;
      const added = predictRelations(doc, compileLexicon(ctx.schema), model, opts.minConfidence);
      return added.length ? { ...doc, relations: [...doc.relations, ...added] } : doc;
    },
  };
}

/** The stage with the bundled model (part of DEFAULT_STAGES; does nothing unless the schema turns it on). */
export const learnedRelationsStage: Stage = learnedStage();
