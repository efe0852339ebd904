/**
 * Every error the router answers reaches @xerotier/api as its typed class, over real HTTP.
 */
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createXerotierClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ScopeInsufficientError,
  ServiceUnavailableError,
  XerotierError,
} from "@xerotier/api";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { useRouter } from "../support/harness";

const REQUEST_ID = expect.stringMatching(/^req_[0-9a-f]{16}$/);

async function failure(call: Promise<unknown>): Promise<XerotierError> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof XerotierError)) throw new Error(`expected a XerotierError, got ${String(outcome)}`);
  return outcome;
}

describe("typed errors from the router", () => {
  const h = useRouter({ clock: "manual" });

  it("401 → AuthenticationError, and the message never shows the key", async () => {
    const error = await failure(h.client("xero_demo_wrong_s3cret").GET("/v1/exec/tools"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "authentication_error", type: "authentication_error", requestId: REQUEST_ID, isRetryable: false });
    expect(JSON.stringify(error.toJSON())).not.toContain("s3cret");
  });

  it("403 scope_insufficient → ScopeInsufficientError, a PermissionDeniedError naming the scope", async () => {
    const error = await failure(h.client("xero_demo_readonly").GET("/v1/exec/tools"));
    expect(error).toBeInstanceOf(ScopeInsufficientError);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: "scope_insufficient", type: "authentication_error" });
    expect(error.message).toContain("'execution'");
  });

  it("403 cross_project_access → PermissionDeniedError (not a scope problem)", async () => {
    const client = createXerotierClient({ baseUrl: h.baseUrl, project: "proj_other", apiKey: "xero_demo_admin" });
    const error = await failure(client.GET("/v1/exec/tools"));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).not.toBeInstanceOf(ScopeInsufficientError);
    expect(error).toMatchObject({ status: 403, code: "cross_project_access", param: "project_id" });
  });

  describe("404 → NotFoundError with the resource's code", () => {
    const client = () => h.client();
    it.each([
      ["invocation_not_found", () => client().GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: "inv_nope" } } })],
      ["approval_not_found", () => client().GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "00000000-0000-4000-8000-000000000000" } } })],
      ["agent_not_found", () => client().GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: "agt_nope" } } })],
      ["join_key_not_found", () => client().GET("/v1/management/join-keys/{join_key_id}", { params: { path: { join_key_id: "jk_nope" } } })],
      ["workspace_not_found", () => client().GET("/v1/workspaces/{workspace_id}", { params: { path: { workspace_id: "ws_nope" } } })],
      ["exec_tool_not_found", () => client().GET("/v1/exec/tools/{tool_name}", { params: { path: { tool_name: "github.create_repo" } } })],
      [
        "artifact_not_found",
        () => client().GET("/v1/chats/{chat_id}/artifacts/{artifact_id}", { params: { path: { chat_id: DEMO.artifact.chatId, artifact_id: "cart_nope" } } }),
      ],
    ])("%s", async (code, call) => {
      const error = await failure(call());
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ status: 404, code, requestId: REQUEST_ID, isRetryable: false });
    });
  });

  it("400 invalid_body → BadRequestError naming the parameter", async () => {
    const error = await failure(
      h.client().POST("/v1/exec/invocations", { body: { workspace_id: DEMO.workspaces.prod } as never }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: "invalid_body" });
  });

  it("409 approval_already_resolved → ConflictError", async () => {
    const error = await failure(
      h.client().POST("/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: DEMO.approvals.approved } }, body: {} }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: "approval_already_resolved", isRetryable: false });
  });

  it("500 internal_error → InternalServerError, retryable", async () => {
    h.router.faults.failNext(1, { status: 500 });
    const error = await failure(h.client("xero_demo_admin", { maxRetries: 0 }).GET("/v1/exec/tools"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).not.toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ status: 500, code: "internal_error", isRetryable: true, requestId: REQUEST_ID });
  });

  it("503 → ServiceUnavailableError, retryable", async () => {
    h.router.faults.failNext(1, { status: 503, code: "endpoint_inactive" });
    const error = await failure(h.client("xero_demo_admin", { maxRetries: 0 }).GET("/v1/exec/tools"));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ status: 503, code: "endpoint_inactive", isRetryable: true });
  });

  it("a proxy's HTML 502 page → InternalServerError with status, request id and a short excerpt", async () => {
    h.router.faults.failNext(1, { status: 502, html: true });
    const error = await failure(h.client("xero_demo_admin", { maxRetries: 0 }).GET("/v1/exec/tools"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: undefined, requestId: REQUEST_ID, isRetryable: true });
    expect(error.bodyExcerpt).toContain("502 Bad Gateway");
    expect(error.bodyExcerpt!.length).toBeLessThan(300);
  });
});
