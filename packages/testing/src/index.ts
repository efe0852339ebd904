/**
 * `@xerotier/testing`: a stateful, in-memory reference implementation of the Xerotier API
 * (`openapi/xerotier.yaml`) for offline tests of bots and integrations: in-process
 * ({@link createRouter}), on a port ({@link startRouter}) or as the `xerotier-router` command.
 *
 * @example
 * import { createRouter } from "@xerotier/testing";
 * import { createXerotierClient } from "@xerotier/api";
 *
 * const router = createRouter({ clock: "manual" });
 * const client = createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test", project: "proj_demo", apiKey: "xero_demo_admin" });
 * router.faults.failNext(1, { status: 503 }); // the client retries and succeeds
 * await client.GET("/v1/exec/tools");
 * router.conformance.assertClean();
 *
 * @packageDocumentation
 */
export { createRouter, type Router, type RouterOptions, type RequestLogEntry } from "./router";
export { startRouter, type RunningRouter, type StartRouterOptions } from "./server";
export { createManualClock, type Clock } from "./clock";
export { RouterError } from "./domain/router-error";
export type { BodyLimits } from "./http/body";
export { DEMO } from "./seed/demo-ids";
export type { ApiKeyConfig, ApiKeyRecord, ApiKeyStore, Scope } from "./http/api-keys";
export type { RateLimiter, RateLimitOptions, RateLimitState } from "./http/rate-limit";
export type { IdempotencyStore } from "./http/idempotency";
export type { FailOptions, FaultHandle, FaultInjector, FaultKind, FaultMatch, StreamFaultOptions } from "./faults/types";
export { ConformanceError, type Conformance, type ConformanceMode, type ConformanceViolation, type ViolationKind } from "./conformance/recorder";
export type { World, WorldOptions, SeedFn, SeedContext, EnrollAgentInput, RestartAgentInput, ApprovalRequest, ScenarioApi, StoredEvent } from "./domain/world";
export type { AgentSimulator, EventWaiter, NextEventOptions } from "./kit/index";
export { createDriftingRouter, rewriteListItems, rewriteOnPath, withoutFields, type DriftingRouter, type Rewrite, type RewriteEvent } from "./drifting-router";
export { loadFixtures } from "./fixtures/files";
export { FixtureError, type FixtureSet, type RecordedFixture } from "./fixtures/format";
