// Evidence sentences out of the heap: appended once, read back by id; beyond a threshold they go to a temp file.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { floats, ints } from "./columns.js";

/** Bytes kept in memory before the spool moves to a file. */
const DEFAULT_LIMIT = 4 << 20;

/**
 * An append-only store of texts addressed by id. Texts live as UTF-8 bytes (outside the JS heap) in
 * memory up to `limit` bytes, then in a temporary file that is unlinked as soon as it is open, so
 * nothing is left on disk however the process ends. Texts that are not well-formed UTF-16 (lone
 * surrogates) stay as strings, so every text reads back exactly as written.
 */
export class TextSpool {
  private readonly offset = floats();
  private readonly length = ints();
  private count = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes already in the file (file mode) - texts at or after this offset are in `pending`. */
  private flushed = 0;
  private fd = -1;
  private memory: Buffer | undefined;
  private readonly odd = new Map<number, string>();
  private scratch = Buffer.alloc(4096);
  /** Where the file could not be unlinked while open (not POSIX): removed on close. */
  private leftover: string | undefined;

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** Appends a text; returns its id. */
  add(text: string): number {
    const id = this.count++;
    this.memory = undefined;
    if (!wellFormed(text)) {
      this.odd.set(id, text);
      this.length.set(id, -1);
      return id;
    }
    const bytes = Buffer.from(text, "utf8");
    this.offset.set(id, this.flushed + this.pendingBytes);
    this.length.set(id, bytes.length);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= this.limit) this.flush();
    return id;
  }

  /** The text `id` was given for. */
  get(id: number): string {
    const len = this.length.at(id);
    if (len < 0) return this.odd.get(id)!;
    const at = this.offset.at(id);
    if (this.fd < 0) {
      this.memory ??= this.settle();
      return this.memory.toString("utf8", at, at + len);
    }
    if (at >= this.flushed) this.flush();
    if (this.scratch.length < len) this.scratch = Buffer.alloc(Math.max(len, this.scratch.length * 2));
    let got = 0;
    while (got < len) {
      const n = readSync(this.fd, this.scratch, got, len - got, at + got);
      if (n === 0) throw new Error(`graph/build: provenance spool ended early (text ${id})`);
      got += n;
    }
    return this.scratch.toString("utf8", 0, len);
  }

  /** Whether the spool moved to a file (for tests and diagnostics). */
  get onDisk(): boolean {
    return this.fd >= 0;
  }

  /** Releases the file and the memory; the spool is unusable afterwards. */
  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    if (this.leftover) rmSync(this.leftover, { recursive: true, force: true });
    this.fd = -1;
    this.leftover = undefined;
    this.pending = [];
    this.memory = undefined;
    this.odd.clear();
  }

  private settle(): Buffer {
    const all = Buffer.concat(this.pending);
    this.pending = [all];
    return all;
  }

  private flush(): void {
    if (this.fd < 0) [this.fd, this.leftover] = openUnlinked();
    this.memory = undefined;
    for (const b of this.pending) {
      let done = 0;
      while (done < b.length) done += writeSync(this.fd, b, done, b.length - done, this.flushed + done);
      this.flushed += b.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** A temporary file open for reading and writing whose name is already gone (else its folder, to remove on close). */
function openUnlinked(): [number, string | undefined] {
  const dir = mkdtempSync(join(tmpdir(), "kg-spool-"));
  const path = join(dir, "evidence.txt");
  const fd = openSync(path, "w+");
  try {
    unlinkSync(path);
    rmSync(dir, { recursive: true, force: true });
    return [fd, undefined];
  } catch {
    return [fd, dir];
  }
}

/** String.prototype.isWellFormed (Node >= 20, not yet in the ES2023 lib types). */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
