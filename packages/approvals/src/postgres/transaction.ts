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

/**
 * Runs one statement on a checked-out connection and says when it was sent: after the connection
 * was made (which may take long on a loaded host), so a lease's deadline counted from `sentAt`
 * still errs early (the server starts the lease when it runs the statement), but not by the
 * connect time.
 */
export async function timedQuery(pool: PgPoolLike, text: string, values: unknown[]): Promise<{ rows: unknown[]; sentAt: number }> {
  const client = await pool.connect();
  const ignore = (): void => undefined; // as in inTransaction: the query fails instead
  client.on?.("error", ignore);
  try {
    const sentAt = performance.now();
    const { rows } = await client.query(text, values);
    client.release();
    return { rows, sentAt };
  } catch (error) {
    client.release(error instanceof Error ? error : true);
    throw error;
  } finally {
    client.removeListener?.("error", ignore);
  }
}
