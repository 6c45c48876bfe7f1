// Where the local Neo4j lives: the launcher build (db/target) and the server's home (.kg/neo4j).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface LocalPaths {
  /** The db/ folder holding pom.xml (the Maven project). */
  dbDir: string;
  pom: string;
  jar: string;
  libDir: string;
  /** Server home: data/, logs/, the pid and state files. */
  home: string;
  logsDir: string;
  stateFile: string;
  stdoutLog: string;
}

export const DEFAULT_PORT = 7687;

/** The db/ folder: from the sources (db/paths.ts) or the build (dist/db/paths.js). */
export function findDbDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const candidate of [here, join(here, "../../db")]) {
    if (existsSync(join(candidate, "pom.xml"))) return resolve(candidate);
  }
  return resolve(here);
}

/** Server home: KG_NEO4J_HOME, else `.kg/neo4j` under the current folder. */
export function resolveHome(home?: string): string {
  return resolve(home ?? process.env.KG_NEO4J_HOME ?? join(process.cwd(), ".kg", "neo4j"));
}

/** Port: the flag, else KG_NEO4J_PORT, else 7687. */
export function resolvePort(port?: string | number): number {
  const raw = port ?? process.env.KG_NEO4J_PORT ?? DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new RangeError(`db: bad port "${raw}"`);
  return n;
}

export function localPaths(home?: string): LocalPaths {
  const dbDir = findDbDir();
  const h = resolveHome(home);
  return {
    dbDir,
    pom: join(dbDir, "pom.xml"),
    jar: join(dbDir, "target", "kg-neo4j.jar"),
    libDir: join(dbDir, "target", "lib"),
    home: h,
    logsDir: join(h, "logs"),
    stateFile: join(h, "server.json"),
    stdoutLog: join(h, "logs", "launcher.log"),
  };
}
