// Names introduced by "a <head> known as / dubbed / called X": the head noun gives the type ("a plan known as X 3").
import type { MentionSpan } from "../types.js";
import type { EntityType } from "../../../graph/types.js";
import { cues } from "../../gazetteer/index.js";
import { isCap, type WordContext } from "./words.js";

const NAMING_VERBS = new Set(["known", "dubbed", "called", "named", "codenamed", "code-named", "nicknamed"]);
const QUOTES = new Set(['"', "“", "‘", "'"]);

function typeOfHead(normal: string): EntityType | undefined {
  const c = cues();
  if (c.projectHeads.has(normal)) return "Project";
  if (c.eventHeads.has(normal)) return "Event";
  if (c.orgHeads.has(normal) || c.companyNouns.has(normal)) return "Organization";
  return undefined;
}

/** Mentions named after a naming verb in tokens[from, to); marks their tokens in `taken`. */
export function findKnownAs(ctx: WordContext, from: number, to: number, taken: Uint8Array): MentionSpan[] {
  const { tokens } = ctx;
  const out: MentionSpan[] = [];
  for (let i = from + 1; i < to - 1; i++) {
    if (!NAMING_VERBS.has(tokens[i]!.normal)) continue;
    let j = i + 1;
    if (tokens[i]!.normal === "known") {
      if (tokens[j]?.normal !== "as") continue;
      j++;
    }
    if (j < to && QUOTES.has(tokens[j]!.text)) j++;
    let k = j;
    while (k < to && !taken[k] && isCap(tokens[k]!)) k++;
    if (k === j) continue;
    if (k < to && /^\d{1,4}$/.test(tokens[k]!.text)) k++; // "Horizon 3"
    let type: EntityType | undefined;
    // "Acme named X as chief executive" is an appointment; a name between the head noun and the verb ends the look-back.
    if (tokens[i]!.normal === "named" && tokens[k]?.normal === "as") continue;
    for (let b = i - 1; b >= Math.max(from, i - 4) && !type && !isCap(tokens[b]!); b--) if (/^\p{Ll}/u.test(tokens[b]!.text)) type = typeOfHead(tokens[b]!.normal);
    if (tokens[j]!.normal === "operation" && k - j >= 2) type = "Project"; // "code-named Operation X"
    if (!type) continue;
    const start = tokens[j]!.start;
    const end = tokens[k - 1]!.end;
    out.push({ start, end, text: ctx.text.slice(start, end), entityType: type, sentence: tokens[j]!.sentence, source: "known-as", confidence: 0.7 });
    for (let t = j; t < k; t++) taken[t] = 1;
  }
  return out;
}
