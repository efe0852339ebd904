/** The few node-postgres shapes the coordination uses, so its types never require `@types/pg`. */

/** Anything that runs a parameterised query the node-postgres way (a `pg.Pool` or `pg.PoolClient`). */
export interface PgQueryable {
  /** Runs `text` with `$1…` bound to `values`. */
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** A client checked out of a pool (`pg.PoolClient`). */
export interface PgPoolClient extends PgQueryable {
  /** Returns the client; pass an error to have the pool discard the connection. */
  release(error?: Error | boolean): void;
  /** node-postgres emits `"error"` when the server ends the session between two statements. */
  on?(event: "error", listener: (error: Error) => void): unknown;
  /** Detaches a listener added with `on`. */
  removeListener?(event: "error", listener: (error: Error) => void): unknown;
}

/** A connection pool (`pg.Pool` fits). */
export interface PgPoolLike extends PgQueryable {
  /** Checks a client out for a transaction. */
  connect(): Promise<PgPoolClient>;
  /** Closes every connection. */
  end(): Promise<void>;
  /** node-postgres emits `"error"` when an idle connection dies (a database restart); without a listener that crashes the process. */
  on?(event: "error", listener: (error: Error) => void): unknown;
  /** Detaches a listener added with `on`. */
  removeListener?(event: "error", listener: (error: Error) => void): unknown;
}

/** How a pool is made when the coordination owns it. */
export interface OwnedPoolSettings {
  connectionString: string;
  /** Connect timeout, ms. */
  connectTimeoutMs: number;
  /** Server-side limit of one statement, ms. */
  statementTimeoutMs: number;
}

/**
 * A small `pg.Pool` (loaded on first use, so `pg` stays an optional peer dependency). Broken idle
 * connections are dropped quietly: the next query reconnects, and callers wait through a restart.
 */
export async function createOwnedPool(settings: OwnedPoolSettings): Promise<PgPoolLike> {
  let loaded: PgModule | { default: PgModule };
  try {
    loaded = (await import("pg")) as unknown as PgModule | { default: PgModule };
  } catch (error) {
    throw new Error("postgresCoordination needs the 'pg' package (npm install pg).", { cause: error });
  }
  const Pool = "Pool" in loaded ? loaded.Pool : loaded.default.Pool; // ESM build or CJS interop
  const pool = new Pool({
    connectionString: settings.connectionString,
    max: 4,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: 10_000,
    statement_timeout: settings.statementTimeoutMs,
    keepAlive: true,
  });
  // Without a listener, an idle connection dying (a database restart) would crash the process.
  pool.on("error", () => undefined);
  return pool;
}

/** The part of the `pg` module used to build a pool. */
interface PgModule {
  Pool: new (config: Record<string, unknown>) => PgPoolLike & Required<Pick<PgPoolLike, "on">>;
}
