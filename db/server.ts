// `kg db start | stop | status`: the launcher as a detached background process with a state file.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreUnavailableError } from "../graph/errors.js";
import { boltAnswers } from "./bolt.js";
import { buildLauncher } from "./build.js";
import { withLock } from "./lock.js";
import { localPaths, resolvePort } from "./paths.js";
import { isLauncherAlive, sleep, waitForExit } from "./process.js";

/** What `kg db start` leaves in <home>/server.json. */
export interface ServerState {
  pid: number;
  port: number;
  uri: string;
  home: string;
  startedAt: string;
}

export interface ServerStatus {
  running: boolean;
  /** The pid is alive and is kg's launcher. */
  pidAlive: boolean;
  /** `RETURN 1` works over Bolt. */
  boltAnswers: boolean;
  state?: ServerState;
  home: string;
}

export interface StartOptions {
  port?: string | number;
  home?: string;
  /** How long to wait for Bolt (default 120 s). */
  timeoutMs?: number;
}

export interface StartResult {
  state: ServerState;
  alreadyRunning: boolean;
  ms: number;
  logs: string;
}

export function readState(home?: string): ServerState | undefined {
  const p = localPaths(home);
  try {
    return JSON.parse(readFileSync(p.stateFile, "utf8")) as ServerState;
  } catch {
    return undefined;
  }
}

/** The truth: the recorded pid is alive and Bolt answers on the recorded port. */
export async function serverStatus(home?: string): Promise<ServerStatus> {
  const p = localPaths(home);
  const state = readState(home);
  const pidAlive = state ? isLauncherAlive(state.pid, state.home) : false;
  const answers = state && pidAlive ? await boltAnswers(state.uri) : false;
  return { running: pidAlive && answers, pidAlive, boltAnswers: answers, home: p.home, ...(state ? { state } : {}) };
}

/** Starts the server unless it already runs; resolves once Bolt answers. Builds the launcher if needed. */
export async function startServer(options: StartOptions = {}): Promise<StartResult> {
  const p = localPaths(options.home);
  mkdirSync(p.home, { recursive: true });
  return withLock(join(p.home, "start.lock"), () => startUnlocked(options));
}

async function startUnlocked(options: StartOptions): Promise<StartResult> {
  const t0 = Date.now();
  const p = localPaths(options.home);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const existing = readState(options.home);
  if (existing && isLauncherAlive(existing.pid, existing.home)) {
    await waitForBolt(existing, timeoutMs, p.stdoutLog);
    return { state: existing, alreadyRunning: true, ms: Date.now() - t0, logs: p.logsDir };
  }
  const port = resolvePort(options.port);
  const uri = `bolt://127.0.0.1:${port}`;
  if (await boltAnswers(uri, 1000)) {
    throw new StoreUnavailableError(
      `db: something else already answers Bolt on 127.0.0.1:${port}: stop it, use --port, or set NEO4J_URI=${uri} to use it`,
    );
  }
  buildLauncher();
  mkdirSync(p.logsDir, { recursive: true });
  const out = openSync(p.stdoutLog, "a");
  const child = spawn(
    "java",
    [
      "-Xms256m",
      "-Xmx1g",
      "-XX:+UseG1GC",
      ...classDataSharing(p.jar),
      "-cp",
      `${p.jar}:${join(p.libDir, "*")}`,
      "kg.db.Launcher",
      "--home",
      p.home,
      "--port",
      String(port),
      "--pagecache",
      process.env.KG_NEO4J_PAGECACHE ?? "256m",
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  if (child.pid === undefined) throw new StoreUnavailableError("db: could not start java (is Java 17 installed?)");
  child.unref();
  const state: ServerState = { pid: child.pid, port, uri, home: p.home, startedAt: new Date().toISOString() };
  writeFileSync(p.stateFile, JSON.stringify(state, null, 2) + "\n");
  await waitForBolt(state, timeoutMs, p.stdoutLog);
  return { state, alreadyRunning: false, ms: Date.now() - t0, logs: p.logsDir };
}

/**
 * AppCDS (JDK 13+): the first run dumps the classes it loaded into db/target/kg-neo4j.jsa when it
 * exits; later runs map that archive and start faster. A stale archive is ignored by the JVM.
 */
function classDataSharing(jar: string): string[] {
  if (process.env.KG_NEO4J_CDS === "0") return [];
  const archive = jar.replace(/\.jar$/, ".jsa");
  return existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [`-XX:ArchiveClassesAtExit=${archive}`];
}

async function waitForBolt(state: ServerState, timeoutMs: number, log: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isLauncherAlive(state.pid, state.home)) {
      throw new StoreUnavailableError(`db: the Neo4j launcher exited during start-up; see ${log}:\n${tail(log)}`);
    }
    if (await boltAnswers(state.uri, 1000)) return;
    await sleep(250);
  }
  throw new StoreUnavailableError(`db: Neo4j did not answer on ${state.uri} within ${timeoutMs / 1000} s; see ${log}`);
}

function tail(file: string, lines = 12): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
}

/** Stops the server (SIGTERM, then SIGKILL after `timeoutMs`); false when nothing was running. */
export async function stopServer(options: { home?: string; timeoutMs?: number } = {}): Promise<boolean> {
  const p = localPaths(options.home);
  const state = readState(options.home);
  if (!state || !isLauncherAlive(state.pid, state.home)) {
    rmSync(p.stateFile, { force: true });
    return false;
  }
  process.kill(state.pid, "SIGTERM");
  if (!(await waitForExit(state.pid, options.timeoutMs ?? 60_000))) {
    process.kill(state.pid, "SIGKILL");
    await waitForExit(state.pid, 5000);
  }
  rmSync(p.stateFile, { force: true });
  return true;
}
