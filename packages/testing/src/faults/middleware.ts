import { sleep } from "@xerotier/api/internal";
import type { MiddlewareHandler } from "hono";
import type { RouterEnv } from "../http/env";
import { isEventStream, replaceResponse } from "../http/request-id";
import { isControlPath, routedPath, splitProjectPath } from "../http/request-path";
import type { FaultRegistry } from "./injector";
import { injectedFailure, routerClosing } from "./responses";
import { applyStreamPlan } from "./stream";

/**
 * Applies armed faults (never to the control plane). It sits outside auth and idempotency so an
 * injected failure answers before anything runs, while `failAfterHandling` lets the whole request
 * run (and its idempotent response be stored) before the failure replaces the answer. A deliberate
 * off-spec answer is marked `injected`, so the conformance check skips it.
 */
export function injectFaults(faults: FaultRegistry): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    if (isControlPath(c.req.raw)) return next();
    const method = c.req.method;
    const { apiPath } = splitProjectPath(routedPath(c.req.raw));
    const signal = c.req.raw.signal;
    const injected = (response: Response) => (c.set("injected", true), response);

    const latency = faults.take("latency", method, apiPath);
    // A caller that gives up ends the wait (the api's sleep rejects then).
    if (latency?.latencyMs) await sleep(latency.latencyMs, signal).catch(() => undefined);

    const hang = faults.take("hang", method, apiPath);
    if (hang) {
      await faults.hold(hang, signal);
      if (faults.closed) return injected(routerClosing());
      // Nobody is listening any more; 499 is nginx's "client closed request".
      if (signal.aborted) return injected(new Response(null, { status: 499 }));
      // Released (hang cancelled, faults reset) while the caller still waits: the request goes on as normal.
    }

    const failure = faults.take("failNext", method, apiPath);
    if (failure?.fail) return injected(injectedFailure(failure.fail));

    const afterwards = faults.take("failAfterHandling", method, apiPath);
    await next();
    if (afterwards?.fail) {
      await c.res.body?.cancel().catch(() => undefined);
      replaceResponse(c, injected(injectedFailure(afterwards.fail)));
      return;
    }
    const plan = c.res.body && isEventStream(c.res) ? faults.takeStreamPlan() : undefined;
    if (plan) replaceResponse(c, new Response(applyStreamPlan(c.res.body!, plan), c.res));
  };
}
