// kg's local Neo4j: embedded Neo4j 5.26 Community with the Bolt connector on 127.0.0.1, auth disabled.
package kg.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Usage: java -cp ... kg.db.Launcher --home .kg/neo4j --port 7687 [--pagecache 256m]
 *
 * <p>Starts one DBMS under the home folder, listens for Bolt on 127.0.0.1 only (auth disabled: the
 * server is reachable from this machine only), prints "kg-neo4j: ready bolt://127.0.0.1:PORT" once
 * the default database is up, and shuts down cleanly on SIGTERM / SIGINT.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path home = Path.of(opts.getOrDefault("home", ".kg/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
    long pageCache = parseBytes(opts.getOrDefault("pagecache", "256m"));
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("kg-neo4j: shutting down");
                  dbms.shutdown();
                  stopped.countDown();
                },
                "kg-neo4j-shutdown"));

    // Touch the default database so "ready" means queries work, not only that the port is open.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("kg-neo4j: ready bolt://127.0.0.1:" + port + " home " + home);
    System.out.flush();
    stopped.await();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }

  private static long parseBytes(String s) {
    String v = s.trim().toLowerCase();
    if (v.endsWith("g")) return ByteUnit.gibiBytes(Long.parseLong(v.substring(0, v.length() - 1)));
    if (v.endsWith("m")) return ByteUnit.mebiBytes(Long.parseLong(v.substring(0, v.length() - 1)));
    return Long.parseLong(v);
  }
}
