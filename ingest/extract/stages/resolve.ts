// Stage "resolve": within-document coreference (placeholder until it lands).
import type { Stage } from "../types.js";

export const resolveStage: Stage = {
  name: "resolve",
  requires: ["tokens", "sentences", "mentions"],
  provides: ["mentions", "entities"],
  run: (doc) => doc,
};
