// Stage "mentions": named-entity mentions (placeholder until the recognizer lands).
import type { Stage } from "../types.js";

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["tokens", "sentences"],
  provides: ["mentions"],
  run: (doc) => doc,
};
