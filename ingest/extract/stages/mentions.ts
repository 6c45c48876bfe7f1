// Stage "mentions": named-entity mentions and title/role phrases (see mentions/recognize.ts).
import type { Stage } from "../types.js";
import { recognize } from "../mentions/recognize.js";

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["tokens", "sentences"],
  provides: ["mentions", "roles"],
  run(doc) {
    const { mentions, roles } = recognize(doc.source.text, doc.tokens, doc.sentences);
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { ...doc, mentions, roles };
  },
};
