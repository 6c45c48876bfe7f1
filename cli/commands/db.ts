// `kg db build | start | stop | status`: kg's local Neo4j (embedded 5.26 Community, Bolt on 127.0.0.1).
import type { Command } from "commander";

interface DbOptions {
  port?: string;
  json?: boolean;
}

export function defineDb(program: Command): void {
  const db = program.command("db").description("the local Neo4j server (Bolt on 127.0.0.1, data in .kg/neo4j)");
  db.command("build")
    .description("fetch Neo4j from Maven Central and build the launcher (once; quiet unless it fails)")
    .option("--force", "rebuild even when up to date")
    .action(async (opts: { force?: boolean }) => {
      const { buildLauncher } = await import("../../db/index.js");
      buildLauncher(opts);
    });
  db.command("start")
    .description("start the local Neo4j unless it runs, and wait until Bolt answers")
    .option("--port <port>", "Bolt port (default: KG_NEO4J_PORT or 7687)")
    .action(async (opts: DbOptions) => {
      const { startServer } = await import("../../db/index.js");
      const res = await startServer({ port: opts.port });
      const how = res.alreadyRunning ? "already running" : `started in ${(res.ms / 1000).toFixed(1)} s`;
      console.log(`neo4j ${how}: ${res.state.uri} (pid ${res.state.pid}, data ${res.state.home}, logs ${res.logs})`);
    });
  db.command("stop")
    .description("stop the local Neo4j")
    .action(async () => {
      const { stopServer } = await import("../../db/index.js");
      console.log((await stopServer()) ? "neo4j stopped" : "neo4j was not running");
    });
  db.command("status")
    .description("is the local Neo4j running (pid alive and Bolt answering)? exit 1 when not")
    .option("--json", "print the status as JSON")
    .action(async (opts: DbOptions) => {
      const { serverStatus } = await import("../../db/index.js");
      const s = await serverStatus();
      if (opts.json) console.log(JSON.stringify(s, null, 2));
      else if (s.running) console.log(`neo4j running: ${s.state?.uri} (pid ${s.state?.pid}, data ${s.home})`);
      else if (s.pidAlive) console.log(`neo4j starting or stuck: pid ${s.state?.pid} alive but ${s.state?.uri} does not answer`);
      else console.log(`neo4j not running (data ${s.home}); start it with \`kg db start\``);
      if (!s.running) process.exitCode = 1;
    });
}
