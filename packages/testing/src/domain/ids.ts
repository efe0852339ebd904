/** The kinds of identifier and secret the world mints. */
export type IdKind =
  | "invocation"
  | "approval"
  | "agent"
  | "agent_event"
  | "join_key"
  | "join_key_secret"
  | "artifact"
  | "chat"
  | "worker"
  | "workspace"
  | "curve_key";

/**
 * Mints ids and secrets. The default is deterministic (counters and a seeded generator), so
 * two worlds built the same way hand out the same ids: tests and docs can name them.
 */
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
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const pad = (width: number) => String(n).padStart(width, "0");
    switch (kind) {
      case "invocation":
        return `inv_${pad(6)}`;
      case "approval":
        return `7e57a000-0000-4000-8000-${pad(12)}`;
      case "agent":
        return `agt_${pad(6)}`;
      case "agent_event":
        return `evt_agt_${pad(6)}`;
      case "join_key":
        return `jk_${pad(6)}`;
      case "join_key_secret":
        return `jk_live_${pick(ALNUM, 24)}`;
      case "artifact":
        return `cart_${pad(6)}`;
      case "chat":
        return `chat_${pad(6)}`;
      case "worker":
        return `wrk_${pad(4)}`;
      case "workspace":
        return `ws_${pad(6)}`;
      case "curve_key":
        return pick(Z85, 40);
    }
  };
}
