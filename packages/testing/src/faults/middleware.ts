import type { MiddlewareHandler } from "hono";
import { splitProjectPath } from "../http/authorize";
import type { RouterEnv } from "../http/env";
import { replaceResponse } from "../http/request-id";
import { routedPath } from "../http/request-path";
import type { FaultRegistry } from "./injector";
import { injectedFailure, routerClosing } from "./responses";
import { applyStreamPlan } from "./stream";

/**
 * Applies armed faults. It sits outside auth and idempotency so an injected failure answers
 * before anything runs, while `failAfterHandling` lets the whole request run (and its
 * idempotent response be stored) before the failure replaces the answer.
 * `markInjected` tells conformance checking to skip a response that is deliberately off-spec.
 */
export function faultMiddleware(faults: FaultRegistry, markInjected: (request: Request) => void): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const { apiPath } = splitProjectPath(routedPath(c.req.raw));
    const signal = c.req.raw.signal;

    const latency = faults.take("latency", method, apiPath);
    if (latency?.latencyMs) await sleep(latency.latencyMs, signal);

    const hang = faults.take("hang", method, apiPath);
    if (hang) {
      await faults.hold(hang, signal);
      if (faults.closed) {
        markInjected(c.req.raw);
        return routerClosing();
      }
      if (signal.aborted) {
        // Nobody is listening any more; 499 is nginx's "client closed request".
        markInjected(c.req.raw);
        return new Response(null, { status: 499 });
      }
      // Released (hang cancelled, faults reset) while the caller still waits: the request goes on as normal.
    }

    const failure = faults.take("failNext", method, apiPath);
    if (failure?.fail) {
      markInjected(c.req.raw);
      return injectedFailure(failure.fail);
    }

    const afterwards = faults.take("failAfterHandling", method, apiPath);
    await next();
    if (afterwards?.fail) {
      markInjected(c.req.raw);
      await c.res.body?.cancel().catch(() => undefined);
      replaceResponse(c, injectedFailure(afterwards.fail));
      return;
    }

    const body = c.res.body;
    if (body && (c.res.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
      const plan = faults.takeStreamPlan();
      if (plan) replaceResponse(c, new Response(applyStreamPlan(body, plan), c.res));
    }
  };
}

/** Resolves after `ms` of wall time, or at once when `signal` aborts; leaves no timer behind. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
