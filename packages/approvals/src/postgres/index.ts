/**
 * `@xerotier/approvals/postgres`: notifier replicas coordinated on PostgreSQL (one leader per
 * name, a fenced shared checkpoint and a ledger of delivered keys). Needs the optional peer
 * dependency `pg` (node-postgres).
 *
 * @packageDocumentation
 */
export { postgresCoordination, type PostgresCoordination, type PostgresCoordinationOptions } from "./coordination";
export type { PgPoolClient, PgPoolLike, PgQueryable } from "./pool";
export { DEFAULT_SCHEMA } from "./schema";
export { isTransientDatabaseError } from "./transient";
