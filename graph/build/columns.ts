// Growable typed-array columns: per-record numbers at 4-8 bytes each instead of one JS object per record.

type Numeric = Float64Array | Int32Array;

/** Values per chunk: columns grow a chunk at a time, never copying (or over-allocating) what they hold. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/** One growable column of numbers, in fixed-size chunks. */
class Column<T extends Numeric> {
  private readonly chunks: T[] = [];

  constructor(private readonly make: (n: number) => T) {}

  at(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & MASK]!;
  }

  set(i: number, v: number): void {
    const c = i >>> CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(this.make(CHUNK));
    this.chunks[c]![i & MASK] = v;
  }
}

/** A column of 32-bit integers (indexes into tables; -1 for "absent"). */
export const ints = (): Column<Int32Array> => new Column((n) => new Int32Array(n));

/** A column of doubles (offsets and confidences, kept exactly as given). */
export const floats = (): Column<Float64Array> => new Column((n) => new Float64Array(n));

export type { Column };

/** Strings as small integers: one copy per distinct string, `-1` for undefined. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  id(s: string | undefined): number {
    if (s === undefined) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(own(s));
      this.ids.set(s, id);
    }
    return id;
  }

  get(id: number): string | undefined {
    return id < 0 ? undefined : this.list[id];
  }

  get size(): number {
    return this.list.length;
  }

  /** rank[id] = position of the string in code-unit order (what `a < b` compares). */
  ranks(): Int32Array {
    const order = this.list.map((_, i) => i).sort((a, b) => (this.list[a]! < this.list[b]! ? -1 : this.list[a]! > this.list[b]! ? 1 : 0));
    const rank = new Int32Array(this.list.length);
    order.forEach((id, r) => (rank[id] = r));
    return rank;
  }
}

/**
 * A string that owns its characters: a substring of an article would otherwise keep the whole article
 * alive (V8 slices share their parent).
 */
export function own(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}
