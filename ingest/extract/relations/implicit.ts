// Edges whose object the sentence leaves unnamed ("X will conduct audits"): the context's salient entity.
import type { Arg } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { salientEntity } from "./salient.js";
import type { SentenceView } from "./types.js";

/** Confidence factor for a guessed object. */
const GUESS = 0.5;

/** Attaches each head of the group to the salient entity of the surrounding sentences. */
export function implicitTail(e: Emitter, v: SentenceView, at: number, relation: string, head: Arg, trigger: string, confidence: number): void {
  const heads = v.groups[head.group]!.map((i) => v.ms[i]!.entityId);
  const tail = salientEntity(v, at, e.lex.relations.get(relation)?.tail, new Set(heads), e.types);
  if (!tail) return;
  for (const h of heads) emit(e, { relation, head: h, tail, sentence: v.index, trigger, confidence: confidence * head.confidence * GUESS });
}
