// Relation extraction stage (placeholder until it lands): finds no relations.
import type { Stage } from "../types.js";

export const relationsStage: Stage = {
  name: "relations",
  requires: ["tokens", "sentences", "mentions", "entities"],
  provides: ["relations"],
  run: (doc) => doc,
};
