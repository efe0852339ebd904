import type { PgPoolLike } from "./pool";
import { inTransaction } from "./transaction";

/** The default schema holding the coordination tables. */
export const DEFAULT_SCHEMA = "xerotier_notifier";

/** Fully quoted names of the three tables in one schema. */
export interface CoordinationTables {
  readonly schema: string;
  readonly leases: string;
  readonly checkpoints: string;
  readonly deliveries: string;
}

/** Validates a schema name (a plain lower-case SQL identifier) and names its tables. */
export function tablesIn(schema: string): CoordinationTables {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new RangeError(`schema must be a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 characters); got '${schema}'.`);
  }
  const q = (table: string) => `"${schema}"."${table}"`;
  return { schema: `"${schema}"`, leases: q("leases"), checkpoints: q("checkpoints"), deliveries: q("deliveries") };
}

/**
 * The schema, in full (also in docs/guides/notifiers-on-several-hosts.md). Every row is keyed by
 * the coordination `name`, so several notifiers can share one schema.
 */
export function schemaStatements(t: CoordinationTables): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${t.schema}`,
    `CREATE TABLE IF NOT EXISTS ${t.leases} (
      name text PRIMARY KEY,
      holder text NOT NULL,
      fencing_token bigint NOT NULL,
      expires_at timestamptz NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${t.checkpoints} (
      name text PRIMARY KEY,
      resume_point text NOT NULL,
      fencing_token bigint NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${t.deliveries} (
      name text NOT NULL,
      delivery_key text NOT NULL,
      fencing_token bigint NOT NULL,
      delivered_at timestamptz,
      claimant text,
      claimed_until timestamptz,
      PRIMARY KEY (name, delivery_key)
    )`,
    // A ledger created before claims existed gains their columns (a row is a claim while delivered_at
    // is NULL). Checked first: ALTER TABLE locks the table against every reader, on each replica's start.
    `DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '${t.deliveries}'::regclass AND attname = 'claimant' AND NOT attisdropped) THEN
        ALTER TABLE ${t.deliveries} ADD COLUMN claimant text, ADD COLUMN claimed_until timestamptz, ALTER COLUMN delivered_at DROP NOT NULL;
      END IF;
    END $$`,
    `CREATE INDEX IF NOT EXISTS deliveries_by_age ON ${t.deliveries} (name, delivered_at)`,
  ];
}

/**
 * Creates the schema if missing. Serialised by a transaction-scoped advisory lock, because
 * concurrent `CREATE … IF NOT EXISTS` from several replicas can still collide in the catalog.
 */
export async function migrateSchema(pool: PgPoolLike, t: CoordinationTables): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`xerotier.coordination.migrate:${t.schema}`]);
    for (const statement of schemaStatements(t)) await client.query(statement);
  });
}
