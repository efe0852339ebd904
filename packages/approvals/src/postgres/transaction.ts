import type { PgPoolClient, PgPoolLike } from "./pool";

/**
 * Runs `work` in one transaction on one pooled client: COMMIT when it resolves, ROLLBACK when it
 * throws. A client whose connection failed is discarded, not returned to the pool.
 */
export async function inTransaction<T>(pool: PgPoolLike, work: (client: PgPoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A checked-out client has no "error" listener of the pool's: a session ended by the server
  // between two statements would otherwise be an uncaught error. The next query fails instead.
  const ignore = (): void => undefined;
  client.on?.("error", ignore);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release(error instanceof Error ? error : true);
    throw error;
  } finally {
    client.removeListener?.("error", ignore);
  }
}
