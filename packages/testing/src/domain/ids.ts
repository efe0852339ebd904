/** The counted ids the world mints: each kind's prefix and number of digits. */
const COUNTED = {
  invocation: ["inv_", 6],
  approval: ["7e57a000-0000-4000-8000-", 12],
  agent: ["agt_", 6],
  agent_event: ["evt_agt_", 6],
  join_key: ["jk_", 6],
  artifact: ["cart_", 6],
  chat: ["chat_", 6],
  worker: ["wrk_", 4],
  workspace: ["ws_", 6],
} as const;

/** The kinds of identifier and secret the world mints. */
export type IdKind = keyof typeof COUNTED | "join_key_secret" | "curve_key";

/** Mints ids and secrets; the default is deterministic, so tests and docs can name the ids a world hands out. */
export type IdFactory = (kind: IdKind) => string;

const Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A small seeded PRNG (mulberry32): deterministic, not for real secrets. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The default id factory: `inv_000001`, `agt_000001`, `jk_000001`, `cart_000001`, approval UUIDs
 * `7e57a000-0000-4000-8000-000000000001`, `jk_live_…` secrets and 40-character Z85 CURVE keys.
 *
 * @example
 * const ids = createIdFactory();
 * ids("invocation"); // "inv_000001"
 */
export function createIdFactory(seed = 0x5eed): IdFactory {
  const counters = new Map<IdKind, number>();
  const random = seededRandom(seed);
  const pick = (alphabet: string, length: number): string =>
    Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  return (kind) => {
    if (kind === "join_key_secret") return `jk_live_${pick(ALNUM, 24)}`;
    if (kind === "curve_key") return pick(Z85, 40);
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const [prefix, digits] = COUNTED[kind];
    return `${prefix}${String(n).padStart(digits, "0")}`;
  };
}
