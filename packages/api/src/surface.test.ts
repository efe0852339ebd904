// The public surface as a specification: what users import from `@xerotier/api`; the rest the
// helper packages share is in `@xerotier/api/internal` (src/index.ts and src/internal.ts are the only lists; src/node.ts holds what only Node needs).
import { describe, expect, it } from "vitest";
import * as root from "./index";
import * as internal from "./internal";

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
        "signWebhook",
        "streamEvents",
        "verifyWebhook",
      ].sort(),
    );
  });

  it("keeps no name in both entries", () => {
    expect(Object.keys(internal).filter((name) => name in root)).toEqual([]);
  });
});

describe("@xerotier/api/node", () => {
  it("exports the Node adapter of fetch-style handlers, and nothing else", async () => {
    expect(Object.keys(await import("./node")).sort()).toEqual(["toNodeListener"]);
  });
});
