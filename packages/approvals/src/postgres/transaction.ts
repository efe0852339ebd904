import type { PgPoolClient, PgPoolLike } from "./pool";

/**
 * Runs `work` in one transaction on one pooled client: COMMIT when it resolves, ROLLBACK when it
 * throws. A client whose connection failed is discarded, not returned to the pool.
 */
export async function inTransaction<T>(pool: PgPoolLike, work: (client: PgPoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
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
  }
}
