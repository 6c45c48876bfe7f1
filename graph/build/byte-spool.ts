// Append-only bytes kept in memory up to a limit, then in a temp file that is unlinked as soon as it is open.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Bytes kept in memory before the spool moves to a file. */
const DEFAULT_LIMIT = 4 << 20;
/** Records are written into blocks of this size (a longer record gets a block of its own). */
const BLOCK = 256 << 10;

/**
 * An append-only byte store addressed by offset: `reserve(n)` gives room for one record, `view(offset, n)`
 * reads it back. Completed blocks stay in memory (outside the JS heap) up to `limit` bytes, then all go
 * to a temporary file whose name is removed at once, so nothing is left on disk however the process ends.
 */
export class ByteSpool {
  private readonly blocks: Buffer[] = [];
  private readonly starts: number[] = [];
  private memoryBytes = 0;
  private current: Buffer = Buffer.alloc(0);
  private currentStart = 0;
  private pos = 0;
  private fd = -1;
  private leftover: string | undefined;
  private scratch = Buffer.alloc(BLOCK);

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** Room for `n` bytes: write them into `buffer` from `at`; `offset` is where `view` finds them. */
  reserve(n: number): { buffer: Buffer; at: number; offset: number } {
    if (this.pos + n > this.current.length) {
      this.complete();
      this.current = Buffer.allocUnsafe(Math.max(BLOCK, n));
    }
    const at = this.pos;
    this.pos += n;
    return { buffer: this.current, at, offset: this.currentStart + at };
  }

  /** The `n` bytes at `offset` (valid until the next call). */
  view(offset: number, n: number): Buffer {
    if (offset >= this.currentStart) return this.current.subarray(offset - this.currentStart, offset - this.currentStart + n);
    if (this.fd < 0) {
      let lo = 0;
      let hi = this.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const at = offset - this.starts[lo]!;
      return this.blocks[lo]!.subarray(at, at + n);
    }
    if (this.scratch.length < n) this.scratch = Buffer.alloc(Math.max(n, this.scratch.length * 2));
    for (let got = 0; got < n; ) {
      const read = readSync(this.fd, this.scratch, got, n - got, offset + got);
      if (read === 0) throw new Error(`graph/build: provenance spool ended early (offset ${offset})`);
      got += read;
    }
    return this.scratch.subarray(0, n);
  }

  /** Whether the spool moved to a file. */
  get onDisk(): boolean {
    return this.fd >= 0;
  }

  /** Releases the file and the memory; the spool is unusable afterwards. */
  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    if (this.leftover) rmSync(this.leftover, { recursive: true, force: true });
    this.fd = -1;
    this.leftover = undefined;
    this.blocks.length = 0;
    this.starts.length = 0;
    this.current = Buffer.alloc(0);
  }

  /** Ends the current block: into memory, or into the file once past the limit. */
  private complete(): void {
    const done = this.current.subarray(0, this.pos);
    if (this.fd < 0) {
      this.blocks.push(done);
      this.starts.push(this.currentStart);
      this.memoryBytes += done.length;
      if (this.memoryBytes > this.limit) this.spill();
    } else write(this.fd, done, this.currentStart);
    this.currentStart += this.pos;
    this.pos = 0;
  }

  private spill(): void {
    [this.fd, this.leftover] = openUnlinked();
    this.blocks.forEach((b, i) => write(this.fd, b, this.starts[i]!));
    this.blocks.length = 0;
    this.starts.length = 0;
  }
}

function write(fd: number, bytes: Buffer, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** A temporary file open for reading and writing whose name is already gone (else its folder, to remove on close). */
function openUnlinked(): [number, string | undefined] {
  const dir = mkdtempSync(join(tmpdir(), "kg-spool-"));
  const path = join(dir, "provenance.bin");
  const fd = openSync(path, "w+");
  try {
    unlinkSync(path);
    rmSync(dir, { recursive: true, force: true });
    return [fd, undefined];
  } catch {
    return [fd, dir];
  }
}
