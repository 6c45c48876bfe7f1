// The default extraction pipeline, in order.
import type { Stage } from "../types.js";
import { tokenizeStage } from "./tokenize.js";
import { mentionsStage } from "./mentions.js";
import { resolveStage } from "./resolve.js";
import { relationsStage } from "../relations/index.js";
import { datesStage } from "../dates.js";
import { learnedRelationsStage } from "../learned/index.js";

/** tokenize (+ sentences) -> mentions -> resolve (entities) -> relations -> learned relations -> dates. */
export const DEFAULT_STAGES: readonly Stage[] = [tokenizeStage, mentionsStage, resolveStage, relationsStage, learnedRelationsStage, datesStage];
