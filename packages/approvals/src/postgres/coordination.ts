import {
  checkLeaseMs,
  DEFAULT_LEASE_MS,
  leaseRemainingMs,
  newHolderId,
  StaleLeaseError,
  type CommitInput,
  type Coordination,
  type CoordinationCallOptions,
  type Lease,
} from "../coordination";
import { createOwnedPool, type PgPoolLike, type PgQueryable } from "./pool";
import { DEFAULT_SCHEMA, migrateSchema, tablesIn, type CoordinationTables } from "./schema";
import { inTransaction, timedQuery } from "./transaction";
import { isTransientDatabaseError, retryTransient } from "./transient";

/** Options of {@link postgresCoordination}: give `connectionString` or `pool`. */
export interface PostgresCoordinationOptions {
  /** e.g. `postgres://notifier:…@db:5432/ops`; the coordination then owns (and closes) a small pool. */
  connectionString?: string;
  /**
   * Your own `pg.Pool` instead; end it yourself. The coordination attaches its own `"error"`
   * listener to it until `close()`, so an idle connection dying in a database restart cannot crash
   * the process (node-postgres throws an `"error"` event nobody listens to).
   */
  pool?: PgPoolLike;
  /** Replicas with the same name share one lease, resume point and ledger. */
  name: string;
  /** Lease length, ms: a failover happens within this after the leader stops renewing. Default 10 000. */
  leaseMs?: number;
  /** Schema of the tables (created on first use). Default `xerotier_notifier`. */
  schema?: string;
  /** Ledger entries older than this are deleted, ms. Default 7 days. */
  ledgerRetentionMs?: number;
  /** How long a call waits through an unreachable or restarting database before it rejects, ms. Default 60 000. */
  unavailableTimeoutMs?: number;
  /** Connect timeout of the owned pool, ms. Default 5 000. */
  connectTimeoutMs?: number;
  /** Server-side statement timeout of the owned pool, ms. Default 10 000. */
  statementTimeoutMs?: number;
}

/** A {@link Coordination} on PostgreSQL, plus its schema management. */
export interface PostgresCoordination extends Coordination {
  /** Creates the schema and tables if missing (also done on first use); safe to run from every replica at once. */
  migrate(options?: CoordinationCallOptions): Promise<void>;
}

const PRUNE_EVERY_COMMITS = 500;
const MS = "* interval '1 millisecond'";

/**
 * Coordinates notifier replicas on PostgreSQL: a lease row per `name` with an expiry the leader
 * renews and a fencing token that grows with each new holder; the resume point and the ledger of
 * delivered keys written in the same transaction, which first locks the lease row and checks the
 * token, so an ex-leader that was paused past its lease cannot commit. Calls wait through a
 * database restart (up to `unavailableTimeoutMs`). Needs the optional peer dependency `pg`.
 *
 * @example
 * ```ts
 * import { postgresCoordination } from "@xerotier/approvals/postgres";
 * const coordination = postgresCoordination({ connectionString: process.env.DATABASE_URL!, name: "prod-pager" });
 * ```
 */
export function postgresCoordination(options: PostgresCoordinationOptions): PostgresCoordination {
  const settings = checkOptions(options);
  const { name, leaseMs, tables: t } = settings;
  const holder = newHolderId();
  const ignoreIdleError = (): void => undefined; // the next query reconnects; calls wait through the restart
  options.pool?.on?.("error", ignoreIdleError);
  const poolOf = memo(() => (options.pool ? Promise.resolve(options.pool) : createOwnedPool({ connectionString: options.connectionString!, ...settings })));
  const ready = memo(async () => migrateSchema(await poolOf(), t));
  let commits = 0;

  // Every call: wait for the database, make sure the schema exists, run, retry what is transient.
  async function run<T>(work: (pool: PgPoolLike) => Promise<T>, call: CoordinationCallOptions = {}, maxWaitMs = settings.unavailableTimeoutMs): Promise<T> {
    return retryTransient(async () => {
      const pool = await poolOf();
      await ready();
      return work(pool);
    }, { maxWaitMs, signal: call.signal });
  }

  const leaseFrom = (rows: unknown[], sentAt: number): Lease | undefined => {
    const row = rows[0] as { fencing_token: string | number } | undefined;
    return row ? { fencingToken: Number(row.fencing_token), holder, deadline: sentAt + leaseMs } : undefined;
  };

  return {
    name,
    leaseMs,
    migrate: (call) => run(async () => undefined, call),
    acquire: (call) =>
      run(async (pool) => {
        const { rows, sentAt } = await timedQuery(pool, acquireSql(t), [name, holder, leaseMs]);
        return leaseFrom(rows, sentAt);
      }, call),
    async renew(lease, call) {
      try {
        return await run(async (pool) => {
          const { rows, sentAt } = await timedQuery(pool, renewSql(t), [name, holder, lease.fencingToken, leaseMs]);
          return leaseFrom(rows, sentAt);
        }, call, Math.min(settings.unavailableTimeoutMs, leaseRemainingMs(lease)));
      } catch (error) {
        if (isTransientDatabaseError(error)) return undefined; // unreachable until the deadline: treat as lost
        throw error;
      }
    },
    release: (lease, call) =>
      run(async (pool) => {
        await pool.query(`UPDATE ${t.leases} SET expires_at = clock_timestamp() WHERE name = $1 AND holder = $2 AND fencing_token = $3`, [name, holder, lease.fencingToken]);
      }, call),
    load: (call) =>
      run(async (pool) => {
        const { rows } = await pool.query(`SELECT resume_point FROM ${t.checkpoints} WHERE name = $1`, [name]);
        return (rows[0] as { resume_point: string } | undefined)?.resume_point;
      }, call),
    async commit(input, call) {
      commits += 1;
      const prune = commits % PRUNE_EVERY_COMMITS === 1;
      const fenced = await run((pool) => inTransaction(pool, (client) => commitIn(client, t, name, input, prune ? settings.ledgerRetentionMs : undefined, leaseMs)), call);
      if (!fenced) throw new StaleLeaseError(name, input.fencingToken);
    },
    wasDelivered: (keys, call) =>
      run(async (pool) => {
        if (keys.length === 0) return new Set<string>();
        const { rows } = await pool.query(`SELECT delivery_key FROM ${t.deliveries} WHERE name = $1 AND delivery_key = ANY($2::text[]) AND delivered_at IS NOT NULL`, [name, [...keys]]);
        return new Set((rows as Array<{ delivery_key: string }>).map((row) => row.delivery_key));
      }, call),
    claim: (input, call) =>
      run(async (pool) => {
        const claimed = await pool.query(claimSql(t), [name, input.deliveryKey, input.fencingToken ?? 0, input.claimant, leaseMs]);
        if (claimed.rows.length > 0) return "claimed";
        const { rows } = await pool.query(`SELECT delivered_at IS NOT NULL AS delivered FROM ${t.deliveries} WHERE name = $1 AND delivery_key = $2`, [name, input.deliveryKey]);
        return (rows[0] as { delivered: boolean } | undefined)?.delivered ? "delivered" : "busy"; // no row: released meanwhile, ask again
      }, call),
    settle: (input, call) =>
      run(async (pool) => {
        if (input.outcome === "delivered") await pool.query(recordSql(t), [name, [input.deliveryKey], 0]);
        else await pool.query(`DELETE FROM ${t.deliveries} WHERE name = $1 AND delivery_key = $2 AND claimant = $3 AND delivered_at IS NULL`, [name, input.deliveryKey, input.claimant]);
      }, call),
    async close() {
      options.pool?.removeListener?.("error", ignoreIdleError);
      if (options.pool === undefined && poolOf.started()) await (await poolOf()).end();
    },
  };
}

/** Takes the lease when free, expired or already ours; a new holder gets the next fencing token. */
function acquireSql(t: CoordinationTables): string {
  return `INSERT INTO ${t.leases} AS l (name, holder, fencing_token, expires_at)
    VALUES ($1, $2, 1, clock_timestamp() + $3 ${MS})
    ON CONFLICT (name) DO UPDATE SET
      fencing_token = CASE WHEN l.holder = EXCLUDED.holder AND l.expires_at > clock_timestamp() THEN l.fencing_token ELSE l.fencing_token + 1 END,
      holder = EXCLUDED.holder,
      expires_at = EXCLUDED.expires_at
    WHERE l.holder = EXCLUDED.holder OR l.expires_at <= clock_timestamp()
    RETURNING fencing_token`;
}

/**
 * Claims one key, atomically (the upsert locks the row and re-checks its condition on the latest
 * version): a new row, or a row not yet delivered whose claim expired, is ours, or ours already,
 * or a leader's that a later leader (higher token) takes over. Returns a row when claimed.
 */
function claimSql(t: CoordinationTables): string {
  return `INSERT INTO ${t.deliveries} AS d (name, delivery_key, fencing_token, delivered_at, claimant, claimed_until)
    VALUES ($1, $2, $3, NULL, $4, clock_timestamp() + $5 ${MS})
    ON CONFLICT (name, delivery_key) DO UPDATE SET
      fencing_token = EXCLUDED.fencing_token, claimant = EXCLUDED.claimant, claimed_until = EXCLUDED.claimed_until
    WHERE d.delivered_at IS NULL AND (
      d.claimed_until IS NULL OR d.claimed_until <= clock_timestamp() OR d.claimant = EXCLUDED.claimant
      OR (d.fencing_token > 0 AND EXCLUDED.fencing_token > d.fencing_token))
    RETURNING 1`;
}

/** Records keys as delivered (over a claim; a key already delivered keeps its first record). */
function recordSql(t: CoordinationTables): string {
  return `INSERT INTO ${t.deliveries} AS d (name, delivery_key, fencing_token, delivered_at)
    SELECT $1, key, $3, clock_timestamp() FROM (SELECT DISTINCT unnest($2::text[]) AS key) AS keys
    ON CONFLICT (name, delivery_key) DO UPDATE SET
      delivered_at = EXCLUDED.delivered_at, fencing_token = EXCLUDED.fencing_token, claimant = NULL, claimed_until = NULL
    WHERE d.delivered_at IS NULL`;
}

function renewSql(t: CoordinationTables): string {
  return `UPDATE ${t.leases} SET expires_at = clock_timestamp() + $4 ${MS}
    WHERE name = $1 AND holder = $2 AND fencing_token = $3 AND expires_at > clock_timestamp()
    RETURNING fencing_token`;
}

/**
 * The commit transaction. Locking the live lease row first means a successor's acquire waits for
 * this commit, and a stale token finds no row: nothing is written and `false` comes back.
 */
async function commitIn(client: PgQueryable, t: CoordinationTables, name: string, input: CommitInput, pruneOlderThanMs: number | undefined, leaseMs: number): Promise<boolean> {
  // A holder frozen mid-transaction (SIGSTOP, GC) would keep the lease row locked and block every
  // successor; the server ends such a session after half a lease, releasing the lock.
  await client.query("SELECT set_config('idle_in_transaction_session_timeout', $1, true)", [String(Math.max(50, Math.floor(leaseMs / 2)))]);
  const live = await client.query(`SELECT 1 FROM ${t.leases} WHERE name = $1 AND fencing_token = $2 AND expires_at > clock_timestamp() FOR UPDATE`, [name, input.fencingToken]);
  if (live.rows.length === 0) return false;
  if (input.deliveryKeys.length > 0) await client.query(recordSql(t), [name, [...input.deliveryKeys], input.fencingToken]);
  if (input.resumePoint !== undefined) {
    await client.query(
      `INSERT INTO ${t.checkpoints} (name, resume_point, fencing_token, updated_at) VALUES ($1, $2, $3, clock_timestamp())
       ON CONFLICT (name) DO UPDATE SET resume_point = EXCLUDED.resume_point, fencing_token = EXCLUDED.fencing_token, updated_at = EXCLUDED.updated_at`,
      [name, input.resumePoint, input.fencingToken],
    );
  }
  if (pruneOlderThanMs !== undefined) {
    await client.query(`DELETE FROM ${t.deliveries} WHERE name = $1 AND COALESCE(delivered_at, claimed_until) < clock_timestamp() - $2 ${MS}`, [name, pruneOlderThanMs]);
  }
  return true;
}

interface CheckedOptions {
  name: string;
  leaseMs: number;
  tables: CoordinationTables;
  ledgerRetentionMs: number;
  unavailableTimeoutMs: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
}

function checkOptions(options: PostgresCoordinationOptions): CheckedOptions {
  if ((options.pool === undefined) === (options.connectionString === undefined)) {
    throw new TypeError("postgresCoordination needs exactly one of `connectionString` or `pool`.");
  }
  if (typeof options.name !== "string" || options.name === "" || options.name.length > 200) {
    throw new TypeError("postgresCoordination needs a `name` of 1 to 200 characters.");
  }
  const positive = (label: string, value: number) => {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${label} must be a positive number of ms; got ${String(value)}.`);
    return value;
  };
  return {
    name: options.name,
    leaseMs: checkLeaseMs(options.leaseMs ?? DEFAULT_LEASE_MS),
    tables: tablesIn(options.schema ?? DEFAULT_SCHEMA),
    ledgerRetentionMs: positive("ledgerRetentionMs", options.ledgerRetentionMs ?? 7 * 86_400_000),
    unavailableTimeoutMs: positive("unavailableTimeoutMs", options.unavailableTimeoutMs ?? 60_000),
    connectTimeoutMs: positive("connectTimeoutMs", options.connectTimeoutMs ?? 5_000),
    statementTimeoutMs: positive("statementTimeoutMs", options.statementTimeoutMs ?? 10_000),
  };
}

/** Runs `make` once and shares its promise; a rejected attempt is forgotten so the next call retries. */
function memo<T>(make: () => Promise<T>): (() => Promise<T>) & { started(): boolean } {
  let promise: Promise<T> | undefined;
  const get = () => {
    promise ??= make().catch((error: unknown) => {
      promise = undefined;
      throw error;
    });
    return promise;
  };
  return Object.assign(get, { started: () => promise !== undefined });
}
