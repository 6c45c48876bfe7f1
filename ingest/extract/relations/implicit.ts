// Edges whose object the sentence leaves unnamed ("X will conduct audits"): the context's salient entity.
import type { EntityType } from "../../../graph/types.js";
import type { Arg } from "./arguments.js";
import { emit } from "./emit.js";
import type { Emitter } from "./emit.js";
import { salientEntity } from "./salient.js";
import type { SentenceView } from "./types.js";

/** Confidence factor for a guessed object. */
const GUESS = 0.5;

/** Attaches each head of the group to the salient entity of the surrounding sentences. */
export function implicitTail(e: Emitter, v: SentenceView, at: number, relation: string, head: Arg, trigger: string, confidence: number, only?: ReadonlySet<EntityType>): void {
  const heads = v.groups[head.group]!.map((i) => v.ms[i]!.entityId);
  const tails = e.lex.relations.get(relation)?.tail;
  const allowed = only && tails ? new Set([...only].filter((t) => tails.has(t))) : only ?? tails;
  const near = salientEntity(v, at, allowed, new Set(heads), e.types);
  // Nothing nearby: the last five sentences, with less confidence.
  const tail = near ?? salientEntity(v, at, allowed, new Set(heads), e.types, 5);
  if (!tail) return;
  const c = confidence * head.confidence * GUESS * (near ? 1 : 0.8);
  for (const h of heads) emit(e, { relation, head: h, tail, sentence: v.index, trigger, confidence: c });
}
