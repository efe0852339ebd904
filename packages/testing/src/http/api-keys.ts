import { DEMO } from "../seed/demo-ids";

/** The three API-key scopes of the Xerotier API. */
export type Scope = "inference" | "management" | "execution";

/** Every scope, in the order the docs list them. */
export const ALL_SCOPES: readonly Scope[] = ["inference", "management", "execution"];

/** An API key the router accepts. */
export interface ApiKeyConfig {
  /** The secret the caller sends as `Authorization: Bearer <key>`. */
  key: string;
  /** The project external id (`proj_…`) the key belongs to. */
  project: string;
  /** Other names of the same project accepted in the path, e.g. its slug. */
  projectAliases?: readonly string[];
  /** Scopes granted to the key. */
  scopes: readonly Scope[];
  /** A printable name used in audit fields (`decided_by`) and logs instead of the secret. */
  name?: string;
}

/** A registered key as the router holds it; `id` and `name` are safe to print. */
export interface ApiKeyRecord {
  /** Stable id derived from the name, `key_<name>`; never the secret. */
  readonly id: string;
  readonly name: string;
  readonly project: string;
  readonly projectAliases: readonly string[];
  readonly scopes: ReadonlySet<Scope>;
}

/** The demo project's external id (the seed's `DEMO.project`) and slug, as the default keys use them. */
export const DEMO_PROJECT = { id: DEMO.project, slug: "demo" } as const;
/** The second project, which only `xero_other_admin` can reach: for cross-project tests. */
export const OTHER_PROJECT = { id: "proj_other", slug: "other" } as const;

/** The default keys (test fixtures, not secrets): `xero_demo_admin` (every scope), `_exec`, `_readonly`; `xero_other_admin` on `proj_other`. */
export const DEMO_API_KEYS: readonly ApiKeyConfig[] = [
  { key: "xero_demo_admin", name: "demo_admin", project: DEMO_PROJECT.id, projectAliases: [DEMO_PROJECT.slug], scopes: ALL_SCOPES },
  { key: "xero_demo_exec", name: "demo_exec", project: DEMO_PROJECT.id, projectAliases: [DEMO_PROJECT.slug], scopes: ["execution"] },
  { key: "xero_demo_readonly", name: "demo_readonly", project: DEMO_PROJECT.id, projectAliases: [DEMO_PROJECT.slug], scopes: ["inference"] },
  { key: "xero_other_admin", name: "other_admin", project: OTHER_PROJECT.id, projectAliases: [OTHER_PROJECT.slug], scopes: ALL_SCOPES },
];

/**
 * The router's API keys, changeable while it runs (add a key with one scope, revoke one).
 *
 * @example
 * router.apiKeys.add({ key: "xero_demo_ops", project: "proj_demo", scopes: ["management"] });
 */
export interface ApiKeyStore {
  /** Registers a key (replacing one with the same secret) and returns its printable record. */
  add(config: ApiKeyConfig): ApiKeyRecord;
  /** Forgets a key; later requests with it get 401. Returns whether it was known. */
  revoke(key: string): boolean;
  /** The record for a secret, if registered. */
  lookup(key: string): ApiKeyRecord | undefined;
  /** The record with this id (`key_<name>`), if registered. */
  byId(id: string): ApiKeyRecord | undefined;
  /** Every registered key, without secrets. */
  list(): ApiKeyRecord[];
  /** Whether any key belongs to this project (by id or alias). */
  knowsProject(project: string): boolean;
  /** The project id a path segment names (a key's project id or alias), if any key knows it. */
  canonicalProject(project: string): string | undefined;
  /** Back to the keys the router was created with. */
  reset(): void;
}

/** Creates the key store, seeded with `initial` (the demo keys by default). */
export function createApiKeyStore(initial: readonly ApiKeyConfig[] = DEMO_API_KEYS): ApiKeyStore {
  const keys = new Map<string, ApiKeyRecord>();
  const add = (config: ApiKeyConfig): ApiKeyRecord => {
    const name = config.name ?? `key_${keys.size + 1}`;
    const projectAliases = [...(config.projectAliases ?? [])];
    const record: ApiKeyRecord = Object.freeze({ id: `key_${name}`, name, project: config.project, projectAliases, scopes: new Set(config.scopes) });
    keys.set(config.key, record);
    return record;
  };
  const reset = () => {
    keys.clear();
    for (const config of initial) add(config);
  };
  reset();
  return {
    add,
    revoke: (key) => keys.delete(key),
    lookup: (key) => keys.get(key),
    byId: (id) => [...keys.values()].find((r) => r.id === id),
    list: () => [...keys.values()],
    knowsProject: (project) => [...keys.values()].some((r) => projectMatches(r, project)),
    canonicalProject: (project) => [...keys.values()].find((r) => projectMatches(r, project))?.project,
    reset,
  };
}

/** Whether a path's project segment names the key's project (its id or an alias). */
export function projectMatches(record: ApiKeyRecord, project: string): boolean {
  return record.project === project || record.projectAliases.includes(project);
}
