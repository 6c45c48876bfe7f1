// Process helpers for the launcher: is a pid alive and ours, and waiting for it to end.
import { readFileSync } from "node:fs";

/**
 * True when `pid` runs and (on Linux) is kg's launcher, for `home` when given, so a reused pid or
 * another folder's server is not mistaken for ours.
 */
export function isLauncherAlive(pid: number, home?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("kg.db.Launcher") && (home === undefined || cmdline.includes(home));
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until the pid is gone; false on timeout. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isLauncherAlive(pid)) return true;
    await sleep(100);
  }
  return !isLauncherAlive(pid);
}
