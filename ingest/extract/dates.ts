// Date stage (placeholder until it lands): attaches no dates.
import type { Stage } from "./types.js";

export const datesStage: Stage = {
  name: "dates",
  requires: ["tokens", "sentences", "relations"],
  provides: ["relations"],
  run: (doc) => doc,
};
