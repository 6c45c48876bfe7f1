// JSON export: graphology's serialized format, the input of `kg load` and of the viewer.
import type { SerializedKg } from "../types.js";

/** The graph as graphology JSON (what `kg extract` writes and `kg load` reads). */
export function toJson(kg: SerializedKg, pretty = false): string {
  return `${JSON.stringify(kg, null, pretty ? 2 : undefined)}\n`;
}
