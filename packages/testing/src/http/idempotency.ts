import type { MiddlewareHandler } from "hono";
import type { Clock } from "../clock";
import type { RouterEnv } from "./env";
import { isEventStream, replaceResponse } from "./request-id";
import { RouterError } from "../domain/router-error";
import { bodyText } from "./body";

/** How long the first response for a key is kept (contract §7): 24 h of router clock. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Most responses kept at once; past it the oldest are forgotten first. */
export const DEFAULT_IDEMPOTENCY_MAX_ENTRIES = 10_000;
/** Header added to a replayed response, as Stripe does, so a test can tell a replay apart. */
export const REPLAYED_HEADER = "idempotent-replayed";

interface StoredResponse {
  fingerprint: string;
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

/**
 * The router's idempotency memory, per API key, `POST` only: answers below 500 are kept 24 h and replayed byte for byte
 * (`idempotent-replayed: true`); a twin in flight waits and replays. The package README lists each rule.
 */
export interface IdempotencyStore {
  /** Number of keys currently remembered (entries past the 24 h window are evicted first). */
  readonly size: number;
  /** Forgets every key. */
  reset(): void;
}

/** The store plus the middleware that uses it. */
export interface Idempotency {
  store: IdempotencyStore;
  middleware: MiddlewareHandler<RouterEnv>;
}

/** Creates idempotency handling on the router's clock. */
export function createIdempotency(clock: Clock, maxEntries = DEFAULT_IDEMPOTENCY_MAX_ENTRIES): Idempotency {
  // Insertion order is storage order (the clock never goes back), so the oldest entry is first.
  const stored = new Map<string, StoredResponse>();
  const evict = () => {
    for (const [key, entry] of stored) {
      if (clock.now() - entry.storedAt < IDEMPOTENCY_TTL_MS && stored.size <= maxEntries) break;
      stored.delete(key);
    }
  };
  const inFlight = new Map<string, { fingerprint: string; done: Promise<void> }>();

  const middleware: MiddlewareHandler<RouterEnv> = async (c, next) => {
    const idempotencyKey = c.req.method === "POST" ? c.req.header("idempotency-key") : undefined;
    if (idempotencyKey === undefined) return next();
    if (idempotencyKey.length === 0 || idempotencyKey.length > 255) {
      throw new RouterError(400, "invalid_request", "Idempotency-Key must be 1 to 255 characters.", { param: "Idempotency-Key" });
    }
    const url = new URL(c.req.url);
    // The body was checked as UTF-8 by the body limits, so equal text means equal bytes.
    const fingerprint = `${c.req.method} ${url.pathname}${url.search}\n${await bodyText(c)}`;
    const scopedKey = `${c.get("principal").id}\u0000${idempotencyKey}`;

    // At most two rounds: wait for an in-flight twin once, then replay or run.
    for (let round = 0; round < 2; round += 1) {
      evict(); // expired answers are the oldest, so what is left is live
      const previous = stored.get(scopedKey);
      if (previous) {
        if (previous.fingerprint !== fingerprint) throw reused();
        replaceResponse(c, replay(previous));
        return;
      }
      const twin = inFlight.get(scopedKey);
      if (!twin) break;
      if (twin.fingerprint !== fingerprint) throw reused();
      await twin.done;
    }

    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    inFlight.set(scopedKey, { fingerprint, done });
    try {
      await next();
      const response = c.res;
      if (response.status < 500 && !isEventStream(response)) {
        const body = new Uint8Array(await response.clone().arrayBuffer());
        stored.delete(scopedKey);
        stored.set(scopedKey, { fingerprint, storedAt: clock.now(), status: response.status, headers: [...response.headers.entries()], body });
        evict();
      }
    } finally {
      inFlight.delete(scopedKey);
      finish();
    }
  };

  return {
    store: {
      get size() {
        evict();
        return stored.size;
      },
      reset() {
        stored.clear();
      },
    },
    middleware,
  };
}

function replay(previous: StoredResponse): Response {
  const headers = new Headers(previous.headers);
  headers.set(REPLAYED_HEADER, "true");
  return new Response(previous.body.slice(), { status: previous.status, headers });
}

function reused(): RouterError {
  const message = "This Idempotency-Key was already used for a different request; send a new key for a new request.";
  return new RouterError(409, "idempotency_key_reused", message, { type: "invalid_request_error", param: "Idempotency-Key" });
}
