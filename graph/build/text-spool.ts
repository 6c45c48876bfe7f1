// Evidence sentences out of the JS heap: each stored once as UTF-8 in the provenance spool, read back by id.
import type { ByteSpool } from "./byte-spool.js";
import { floats, ints } from "./columns.js";

/**
 * Texts addressed by id, their bytes in a ByteSpool. Texts that are not well-formed UTF-16 (lone
 * surrogates) stay as strings, so every text reads back exactly as written.
 */
export class TextSpool {
  private readonly offset = floats();
  private readonly length = ints();
  private count = 0;
  private readonly odd = new Map<number, string>();

  constructor(private readonly bytes: ByteSpool) {}

  /** Appends a text; returns its id. */
  add(text: string): number {
    const id = this.count++;
    if (!wellFormed(text)) {
      this.odd.set(id, text);
      this.length.set(id, -1);
      return id;
    }
    const n = Buffer.byteLength(text, "utf8");
    const room = this.bytes.reserve(n);
    room.buffer.write(text, room.at, n, "utf8");
    this.offset.set(id, room.offset);
    this.length.set(id, n);
    return id;
  }

  /** The text `id` was given for. */
  get(id: number): string {
    const n = this.length.at(id);
    return n < 0 ? this.odd.get(id)! : this.bytes.view(this.offset.at(id), n).toString("utf8");
  }
}

/** String.prototype.isWellFormed (Node >= 20, not yet in the ES2023 lib types). */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
