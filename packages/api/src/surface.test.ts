// The public surface as a specification: what users import from `@xerotier/api`, and that every
// part of the SDK is reachable from it or from `@xerotier/api/internal`.
import { describe, expect, it } from "vitest";
import * as events from "./events/index";
import * as root from "./index";
import * as internal from "./internal";
import * as reader from "./reader/index";
import * as webhooks from "./webhooks/index";

describe("@xerotier/api", () => {
  it("exports what users call, and nothing else", () => {
    expect(Object.keys(root).sort()).toEqual(
      [
        "APIConnectionError",
        "APITimeoutError",
        "APIUserAbortError",
        "AgentRoleValues",
        "AgentStatusValues",
        "ApprovalStatusValues",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "EventStreamError",
        "InternalServerError",
        "InvalidPathParameterError",
        "InvalidResponseError",
        "InvocationStatusValues",
        "JoinKeyStatusValues",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "RiskValues",
        "SPEC_VERSION",
        "ScopeInsufficientError",
        "ServiceUnavailableError",
        "VERSION",
        "WebhookVerificationError",
        "XerotierConfigError",
        "XerotierError",
        "XerotierSdkError",
        "createEventReader",
        "createXerotierClient",
        "isAgentEvent",
        "isApprovalEvent",
        "isInvocationEvent",
        "isKnownEvent",
        "isStreamReset",
        "paginate",
        "signWebhook",
        "streamEvents",
        "verifyWebhook",
      ].sort(),
    );
  });

  it("keeps no name in both entries", () => {
    expect(Object.keys(internal).filter((name) => name in root)).toEqual([]);
  });

  it("leaves no export of the event, webhook or reader layers out of both entries", () => {
    const reachable = new Set([...Object.keys(root), ...Object.keys(internal)]);
    const layers = [...Object.keys(events), ...Object.keys(webhooks), ...Object.keys(reader)];
    expect(layers.filter((name) => !reachable.has(name))).toEqual([]);
  });
});
