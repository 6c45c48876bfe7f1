// Role titles next to a name: "Y, Vice Chairman of Z" -> MEMBER_OF; "Country's Army Chief General Y" -> LEADS.
import type { Emitter } from "./emit.js";
import { after } from "./role-after.js";
import { before } from "./role-before.js";
import type { SentenceView } from "./types.js";

export { PLACE_HEADS } from "./role-attach.js";

/** Applies role rules to every Person or Organization mention of the sentence. */
export function applyRoles(e: Emitter, v: SentenceView): void {
  for (const m of v.ms) {
    if (m.tokStart < 0 || (m.type !== "Person" && m.type !== "Organization")) continue;
    after(e, v, m);
    if (m.type === "Person") before(e, v, m);
  }
}
