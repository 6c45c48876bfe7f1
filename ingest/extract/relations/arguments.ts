// Finds a trigger's arguments in a sentence: the subject to its left, an object or agent to its right (one import point).
export { findAgent, partners } from "./agent.js";
export { type Arg, groupSpan, isComma, mentionAt, tok } from "./arg-view.js";
export { governor } from "./governor.js";
export { findWord, toFollows } from "./nearby.js";
export { findObject } from "./object.js";
export { findSubject } from "./subject.js";
