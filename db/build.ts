// `kg db build`: compiles the launcher and copies its Maven Central jars to db/target/lib (once).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { StoreUnavailableError } from "../graph/errors.js";
import { localPaths } from "./paths.js";

export interface BuildResult {
  built: boolean;
  jar: string;
  ms: number;
}

/** True when the jar and its libraries exist and are newer than pom.xml and the Java sources. */
export function isBuilt(): boolean {
  const p = localPaths();
  if (!existsSync(p.jar) || !existsSync(p.libDir) || readdirSync(p.libDir).length === 0) return false;
  const jarTime = statSync(p.jar).mtimeMs;
  const sources = [p.pom, join(p.dbDir, "src/main/java/kg/db/Launcher.java")];
  return sources.every((s) => !existsSync(s) || statSync(s).mtimeMs <= jarTime);
}

/** Runs `mvn -q package` (quiet unless it fails). Skips the work when already built unless `force`. */
export function buildLauncher(options: { force?: boolean } = {}): BuildResult {
  const t0 = Date.now();
  const p = localPaths();
  if (!options.force && isBuilt()) return { built: false, jar: p.jar, ms: Date.now() - t0 };
  if (!existsSync(p.pom)) throw new StoreUnavailableError(`db: ${p.pom} not found`);
  const res = spawnSync("mvn", ["-q", "-B", "-f", p.pom, "package"], { encoding: "utf8" });
  if (res.error) {
    throw new StoreUnavailableError(
      `db: cannot run Maven (${res.error.message}): install Maven 3.8+ and Java 17, or set NEO4J_URI to another Neo4j`,
      { cause: res.error },
    );
  }
  if (res.status !== 0) {
    const tail = `${res.stdout}\n${res.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new StoreUnavailableError(`db: Maven build failed (exit ${res.status}):\n${tail}`);
  }
  // A class-sharing archive made for the old jars would be ignored from now on: drop it so it is remade.
  rmSync(p.jar.replace(/\.jar$/, ".jsa"), { force: true });
  return { built: true, jar: p.jar, ms: Date.now() - t0 };
}
