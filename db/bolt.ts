// Does a Bolt server answer at this address? (auth disabled locally, so any credentials do)
import neo4j from "neo4j-driver";

/** Resolves true when `RETURN 1` succeeds within `timeoutMs`. */
export async function boltAnswers(uri: string, timeoutMs = 2000): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "neo4j"), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: "error", logger: () => {} },
  });
  // session.run, not executeQuery: no retries, so a closed port fails at once.
  const session = driver.session();
  try {
    await session.run("RETURN 1");
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => {});
    await driver.close().catch(() => {});
  }
}
