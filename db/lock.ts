// A start-up lock (mkdir is atomic) so two concurrent `kg db start` calls do not launch two servers.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { sleep } from "./process.js";

/** Runs `fn` holding the lock folder `dir`; a lock older than `staleMs` is taken over. */
export async function withLock<T>(dir: string, fn: () => Promise<T>, staleMs = 180_000): Promise<T> {
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      try {
        if (Date.now() - statSync(dir).mtimeMs > staleMs) rmSync(dir, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
