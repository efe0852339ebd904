// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check router liveness
         * @description Unauthenticated liveness probe. Decided body: `{ "status": "ok" }`.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tools
         * @description Every tool published by an online XEM agent's manifest, deduplicated by name.
         */
        get: operations["listTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/tools/{tool_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool's name, e.g. `kubectl_get`. */
                tool_name: components["parameters"]["ToolName"];
            };
            cookie?: never;
        };
        /**
         * Show a tool
         * @description One tool's descriptor. An unknown tool is a 404 `exec_tool_not_found`.
         */
        get: operations["getTool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/invocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invocations
         * @description Invocations, newest first.
         */
        get: operations["listInvocations"];
        put?: never;
        /**
         * Invoke a tool
         * @description Requests a tool call in a workspace. `read` and `write` tools are dispatched at once;
         *     `destructive` and `irreversible` tools wait in `pending_approval` for a human decision.
         *     Send an `Idempotency-Key` so a retried call can never run the tool twice. A valid W3C
         *     `traceparent` header ties the invocation to the caller's trace (its `trace_id`).
         */
        post: operations["createInvocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/invocations/{invocation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invocation id (`inv_…`). */
                invocation_id: components["parameters"]["InvocationId"];
            };
            cookie?: never;
        };
        /**
         * Show an invocation
         * @description The invocation with every state transition it went through.
         */
        get: operations["getInvocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/invocations/{invocation_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invocation id (`inv_…`). */
                invocation_id: components["parameters"]["InvocationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an invocation
         * @description Cancels an invocation that has not finished. Decided: cancelling one that already
         *     finished is a 409 `invocation_already_finished` whose message names its final status.
         */
        post: operations["cancelInvocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/invocations/{invocation_id}/output": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invocation id (`inv_…`). */
                invocation_id: components["parameters"]["InvocationId"];
            };
            cookie?: never;
        };
        /**
         * Read raw output
         * @description The raw stdout, stderr and exit code of an invocation, with references to the artifacts it produced.
         */
        get: operations["getInvocationOutput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List approvals
         * @description Approvals, newest first.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/approvals/{approval_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval id (a UUID). */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        /**
         * Show an approval
         * @description One approval request with its prompt, tool call, risk and timeout.
         */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/approvals/{approval_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval id (a UUID). */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a request
         * @description Approves a pending request; the invocation is dispatched. An approval already decided
         *     is a 409 `approval_already_resolved`; one past its expiry is a 409 `approval_expired`.
         */
        post: operations["approveApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/approvals/{approval_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval id (a UUID). */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a request
         * @description Rejects a pending request; the invocation ends `rejected`. Conflicts as for approve.
         */
        post: operations["rejectApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exec/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream events
         * @description A `text/event-stream` of exec, approval and agent events. Each event is framed as
         *     `id: <evt id>`, `event: <type>`, `data: <the Event envelope as one JSON line>`. The
         *     server sends `: keep-alive` comments at least every 15 s and may send `retry: <ms>`.
         *     With `Last-Event-ID` (header or `last_event_id` query parameter) it replays every later
         *     event it still holds before going live; an id older than its history gets one
         *     `event: stream.reset` frame (data: `StreamReset`) so the client re-lists. Every
         *     connection starts with one `event: stream.open` frame (data: `StreamOpen`) whose `id:`
         *     is the resume point, so a client that loses the connection before any event resumes
         *     without a gap.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Agents enrolled in the project.
         */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Show an agent
         * @description The agent's status, published tool surface (manifest) and last heartbeat.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Remove an agent
         * @description Removes the agent and its workspace bindings; it must re-enrol to serve again.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Renames an agent or changes its description.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/management/agents/{agent_id}/pause-exec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause an agent's executor
         * @description Stops new dispatch to the agent, for every workspace or only `workspace_id`.
         *     In-flight calls finish; queued invocations wait or route to another bound agent.
         *     Pausing an already paused agent is a no-op that returns the agent.
         */
        post: operations["pauseAgentExec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/agents/{agent_id}/resume-exec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume an agent's executor
         * @description Resumes dispatch to the agent, for every workspace or only `workspace_id`, and
         *     dispatches what queued while it was paused. Resuming a running agent is a no-op.
         */
        post: operations["resumeAgentExec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/agents/{agent_id}/curve-rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an agent's CURVE keys
         * @description Generates a fresh Curve25519 keypair and pushes the public half to the agent.
         *     In-flight invocations complete on the old key. The next heartbeat after `rotated_at`
         *     is the evidence that the rotation took effect.
         */
        post: operations["rotateAgentCurveKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/agents/{agent_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * List an agent's lifecycle events
         * @description Enrolment, heartbeats that changed status, exec pauses, CURVE rotations and manifest updates, newest first.
         */
        get: operations["listAgentEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/join-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List join keys
         * @description Join keys of the project, without their secret values.
         */
        get: operations["listJoinKeys"];
        put?: never;
        /**
         * Mint a join key
         * @description Mints a single-use join key. The secret `key` is returned in this response only.
         */
        post: operations["createJoinKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/management/join-keys/{join_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The join key id (`jk_…`). */
                join_key_id: components["parameters"]["JoinKeyId"];
            };
            cookie?: never;
        };
        /**
         * Show a join key
         * @description One join key, without its secret value.
         */
        get: operations["getJoinKey"];
        put?: never;
        post?: never;
        /**
         * Revoke a join key
         * @description Revokes the key so it can no longer enrol an agent; agents it already enrolled are
         *     unaffected. Revoking a revoked key returns it unchanged.
         */
        delete: operations["revokeJoinKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspaces
         * @description Workspaces of the project.
         */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * Show a workspace
         * @description One workspace with the agents bound to it.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspace_id}/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * List a workspace's bindings
         * @description The agents bound to serve this workspace.
         */
        get: operations["listWorkspaceBindings"];
        put?: never;
        /**
         * Bind an agent to a workspace
         * @description Binds an agent so it serves the workspace. Decided: binding an agent that is already
         *     bound answers 200 with the existing binding, so the call is safe to repeat.
         */
        post: operations["createWorkspaceBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspace_id}/bindings/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unbind an agent from a workspace
         * @description The agent stops serving the workspace. An unknown binding is a 404.
         */
        delete: operations["deleteWorkspaceBinding"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chat_id}/artifacts/{artifact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat that owns the artifact. */
                chat_id: string;
                /** @description The artifact id (`cart_…`). */
                artifact_id: string;
            };
            cookie?: never;
        };
        /**
         * Read an artifact
         * @description The content of an artifact a tool call produced, as referenced from an invocation's raw output.
         */
        get: operations["getChatArtifact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "exec.dispatched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.dispatched
         * @description An invocation was dispatched to an agent. `data` is the invocation object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecDispatched"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.completed
         * @description An invocation finished successfully. `data` is the invocation object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.failed
         * @description An invocation failed (non-zero exit code or transport error). `data` is the invocation object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.timeout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.timeout
         * @description An invocation exceeded its tool's declared `timeout_ms`. `data` is the invocation object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecTimeout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.approval_requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.approval_requested
         * @description A destructive or irreversible call awaits a human decision. `data` is the approval object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecApprovalRequested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.approved
         * @description An approval was approved. `data` is the approval object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.rejected
         * @description An approval was rejected. `data` is the approval object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecRejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.approval_escalated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.approval_escalated
         * @description An approval timed out once and escalated to the next stage. `data` is the approval object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecApprovalEscalated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.approval_timed_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.approval_timed_out
         * @description An approval timed out for good. `data` is the approval object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecApprovalTimedOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.agent_enrolled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.agent_enrolled
         * @description An agent enrolled with a join key. `data` is the agent object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecAgentEnrolled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.agent_offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.agent_offline
         * @description An agent lost its lease and went offline. `data` is the agent object (decided).
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecAgentOffline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.ambiguous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.ambiguous
         * @description Reserved event type `exec.ambiguous`. Reserved by the docs: no payload is documented yet, so `data` is an open object.
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecAmbiguous"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.discovery_pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.discovery_pending
         * @description Reserved event type `exec.discovery_pending`. Reserved by the docs: no payload is documented yet, so `data` is an open object.
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecDiscoveryPending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.workspace_created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.workspace_created
         * @description Reserved event type `exec.workspace_created`. Reserved by the docs: no payload is documented yet, so `data` is an open object.
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecWorkspaceCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "exec.workspace_budget_exhausted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * exec.workspace_budget_exhausted
         * @description Reserved event type `exec.workspace_budget_exhausted`. Reserved by the docs: no payload is documented yet, so `data` is an open object.
         *     Verify `X-Webhook-Signature` over the raw body before parsing, reject a
         *     `X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.
         */
        post: operations["webhookExecWorkspaceBudgetExhausted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Liveness answer.
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /**
             * @description Always `ok` when the router answers.
             * @constant
             */
            status: "ok";
        };
        /**
         * @description Machine-readable error code. An open enum: clients must accept codes not listed here.
         * @example exec_tool_not_found
         */
        ErrorCode: ("invalid_body" | "invalid_request" | "json_parse_error" | "exec_tool_not_found" | "tool_not_mcp_visible" | "authentication_error" | "scope_insufficient" | "cross_project_access" | "project_not_found" | "approval_not_found" | "invocation_not_found" | "agent_not_found" | "join_key_not_found" | "workspace_not_found" | "binding_not_found" | "artifact_not_found" | "approval_already_resolved" | "approval_expired" | "idempotency_key_reused" | "invocation_already_finished" | "rate_limit_exceeded" | "capacity_exceeded" | "quota_exceeded" | "payload_too_large" | "unsupported_media_type" | "internal_error" | "backend_unavailable" | "endpoint_inactive" | "model_provisioning" | "tool_executor_unavailable") | string;
        /**
         * @description How the server suggests retrying a 429 (decided field types).
         * @example {
         *       "type": "exponential",
         *       "initial_delay_ms": 500,
         *       "max_delay_ms": 30000,
         *       "multiplier": 2,
         *       "jitter": true
         *     }
         */
        RetryStrategy: {
            /** @description Backoff kind, e.g. `exponential`. */
            type: string;
            /** @description First delay in milliseconds. */
            initial_delay_ms: number;
            /** @description Largest delay in milliseconds. */
            max_delay_ms: number;
            /** @description Growth factor between attempts. */
            multiplier: number;
            /** @description Whether to randomise each delay. */
            jitter: boolean;
        };
        /**
         * @description The error inside the envelope.
         * @example {
         *       "message": "Tool 'github.create_repo' is not registered with any online XEM",
         *       "type": "invalid_request_error",
         *       "code": "exec_tool_not_found",
         *       "param": null
         *     }
         */
        ErrorBody: {
            /** @description Human-readable explanation. */
            message: string;
            /** @description Category, e.g. `invalid_request_error`; branch on `code` first. */
            type: string;
            /** @description Stable machine-readable code, or null. */
            code?: components["schemas"]["ErrorCode"] | null;
            /** @description The offending request parameter, or null. */
            param?: string | null;
            /** @description On 429 only. Seconds to wait; mirrors `Retry-After`. */
            retry_after?: number;
            retry_strategy?: components["schemas"]["RetryStrategy"];
        };
        /**
         * @description Every non-2xx response carries this envelope.
         * @example {
         *       "error": {
         *         "message": "Rate limit exceeded for this API key.",
         *         "type": "rate_limit_error",
         *         "code": "rate_limit_exceeded",
         *         "param": null,
         *         "retry_after": 3,
         *         "retry_strategy": {
         *           "type": "exponential",
         *           "initial_delay_ms": 500,
         *           "max_delay_ms": 30000,
         *           "multiplier": 2,
         *           "jitter": true
         *         }
         *       }
         *     }
         */
        ErrorEnvelope: {
            error: components["schemas"]["ErrorBody"];
        };
        /**
         * @description Risk level of a tool, ordered `read` < `write` < `destructive` < `irreversible`.
         * @example destructive
         * @enum {string}
         */
        Risk: "read" | "write" | "destructive" | "irreversible";
        /**
         * @description `xem` executes tools; `xim` serves inference.
         * @example xem
         * @enum {string}
         */
        AgentRole: "xem" | "xim";
        /**
         * @description Health of an agent as seen by the router.
         * @example healthy
         * @enum {string}
         */
        AgentStatus: "pending" | "healthy" | "degraded" | "offline";
        /**
         * @description One tool as published in an agent's capability manifest.
         * @example {
         *       "name": "kubectl_drain",
         *       "description": "Drain a node before maintenance.",
         *       "risk": "destructive",
         *       "domain": "kubernetes",
         *       "timeout_ms": 120000,
         *       "parameters": {
         *         "type": "object",
         *         "properties": {
         *           "node": {
         *             "type": "string"
         *           }
         *         },
         *         "required": [
         *           "node"
         *         ]
         *       }
         *     }
         */
        ToolDescriptor: {
            /** @description The tool's name. */
            name: string;
            /** @description What the tool does. */
            description: string;
            risk: components["schemas"]["Risk"];
            /** @description The tool family, e.g. `kubernetes`. */
            domain: string;
            /** @description Declared execution timeout. */
            timeout_ms: number;
            /** @description JSON Schema of the tool's arguments. */
            parameters: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The capability manifest an agent publishes at enrolment and on every lease renewal.
         * @example {
         *       "version": 3,
         *       "hash": "sha256:9f2c1a04b9e7",
         *       "tools": [],
         *       "workspace_ids": [
         *         "ws_8f2c1a04b9e7"
         *       ]
         *     }
         */
        Manifest: {
            /** @description Bumped when the tool set or bindings change. */
            version: number;
            /** @description Digest of the manifest, recomputed each renewal. */
            hash: string;
            /** @description Every tool the agent can execute. */
            tools: components["schemas"]["ToolDescriptor"][];
            /** @description Every workspace the agent serves. */
            workspace_ids: string[];
        };
        /**
         * @description An enrolled XEM or XIM agent.
         * @example {
         *       "id": "agt_xem_fleet_01",
         *       "object": "agent",
         *       "name": "xem-jumphost-01",
         *       "description": null,
         *       "registration_name": "xem-jumphost-01",
         *       "role": "xem",
         *       "status": "healthy",
         *       "exec_paused": false,
         *       "paused_workspace_ids": [],
         *       "region": "us-east-1",
         *       "worker_id": "wrk_7f3a",
         *       "last_heartbeat_at": "2026-11-24T09:00:00Z",
         *       "manifest": {
         *         "version": 3,
         *         "hash": "sha256:9f2c1a04b9e7",
         *         "tools": [],
         *         "workspace_ids": [
         *           "ws_8f2c1a04b9e7"
         *         ]
         *       },
         *       "curve_public_key": "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7",
         *       "curve_rotated_at": null,
         *       "created_at": "2026-11-20T12:00:00Z"
         *     }
         */
        Agent: {
            /** @description Agent id, `agt_…` (documented prefix). */
            id: string;
            /**
             * @description Always `agent`.
             * @constant
             */
            object: "agent";
            /** @description Display name. */
            name: string;
            /** @description Free-text description. */
            description?: string | null;
            /** @description Operator-chosen name, unique per project. */
            registration_name: string;
            role: components["schemas"]["AgentRole"];
            status: components["schemas"]["AgentStatus"];
            /** @description True when dispatch to the agent is paused for every workspace. */
            exec_paused: boolean;
            /** @description Workspaces for which dispatch to this agent is paused. */
            paused_workspace_ids: string[];
            /** @description Region inherited from the join key. */
            region: string;
            /** @description The worker process identity. */
            worker_id: string;
            /**
             * Format: date-time
             * @description Time of the last lease renewal.
             */
            last_heartbeat_at: string | null;
            manifest: components["schemas"]["Manifest"];
            /** @description The agent's current Curve25519 public key (Z85). */
            curve_public_key: string;
            /**
             * Format: date-time
             * @description Time of the last CURVE rotation.
             */
            curve_rotated_at: string | null;
            /**
             * Format: date-time
             * @description Enrolment time.
             */
            created_at: string;
        };
        /**
         * @description A page of agents.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        AgentList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["Agent"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description Fields of an agent that can be changed.
         * @example {
         *       "name": "xem-jumphost-02"
         *     }
         */
        AgentUpdate: {
            /** @description New display name. */
            name?: string;
            /** @description New description. */
            description?: string | null;
        };
        /**
         * @description Confirms an agent was removed.
         * @example {
         *       "id": "agt_xem_fleet_01",
         *       "object": "agent",
         *       "deleted": true
         *     }
         */
        DeletedAgent: {
            /** @description The removed agent's id. */
            id: string;
            /**
             * @description Always `agent`.
             * @constant
             */
            object: "agent";
            /**
             * @description Always true.
             * @constant
             */
            deleted: true;
        };
        /**
         * @description Which workspace a pause or resume applies to; omit `workspace_id` for all of them.
         * @example {
         *       "workspace_id": "ws_8f2c1a04b9e7"
         *     }
         */
        ExecScope: {
            /** @description Limit the change to this workspace. */
            workspace_id?: string;
        };
        /**
         * @description Why the keys are rotated (recorded in the audit log).
         * @example {
         *       "reason": "quarterly rotation"
         *     }
         */
        CurveRotateRequest: {
            /** @description Free-text reason. */
            reason?: string;
        };
        /**
         * @description The result of a CURVE key rotation.
         * @example {
         *       "object": "curve_rotation",
         *       "agent_id": "agt_xem_fleet_01",
         *       "rotated_at": "2026-11-24T09:05:00Z",
         *       "curve_public_key": "Yne@$w-vo<fVvi]a<NY6T1ed:M$fCG*[IaLV{hID"
         *     }
         */
        CurveRotation: {
            /**
             * @description Always `curve_rotation`.
             * @constant
             */
            object: "curve_rotation";
            /** @description The rotated agent. */
            agent_id: string;
            /**
             * Format: date-time
             * @description The cut-over time recorded in the audit log.
             */
            rotated_at: string;
            /** @description The new public key. */
            curve_public_key: string;
        };
        /**
         * @description One entry in an agent's lifecycle log.
         * @example {
         *       "id": "evt_01J9Z",
         *       "object": "agent_event",
         *       "agent_id": "agt_xem_fleet_01",
         *       "type": "exec_paused",
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "details": {
         *         "workspace_id": null
         *       }
         *     }
         */
        AgentLifecycleEvent: {
            /** @description Event id, `evt_…`. */
            id: string;
            /**
             * @description Always `agent_event`.
             * @constant
             */
            object: "agent_event";
            /** @description The agent. */
            agent_id: string;
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "enrolled" | "status_changed" | "exec_paused" | "exec_resumed" | "curve_rotated" | "manifest_updated" | "bound" | "unbound";
            /**
             * Format: date-time
             * @description When it happened.
             */
            created_at: string;
            /** @description Type-specific details (e.g. `from`/`to` status, `workspace_id`, `reason`). */
            details: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A page of lifecycle events.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        AgentLifecycleEventList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["AgentLifecycleEvent"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description Lifecycle of a join key.
         * @example active
         * @enum {string}
         */
        JoinKeyStatus: "active" | "consumed" | "revoked" | "expired";
        /**
         * @description A single-use enrolment key, without its secret.
         * @example {
         *       "id": "jk_5e1b9a",
         *       "object": "join_key",
         *       "name": "edge-east",
         *       "region": "us-east-1",
         *       "router_addr": "tcp://router.example.com:5555",
         *       "role": "xem",
         *       "status": "active",
         *       "expires_at": "2026-11-25T09:00:00Z",
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "consumed_by_agent_id": null
         *     }
         */
        JoinKey: {
            /** @description Join key id, `jk_…` (documented prefix). */
            id: string;
            /**
             * @description Always `join_key`.
             * @constant
             */
            object: "join_key";
            /** @description Operator-chosen name. */
            name: string;
            /** @description Region given to the agent it enrols. */
            region: string;
            /** @description Router address the agent dials, e.g. `tcp://router.example.com:5555`. */
            router_addr: string;
            role: components["schemas"]["AgentRole"];
            status: components["schemas"]["JoinKeyStatus"];
            /**
             * Format: date-time
             * @description After this the key can no longer enrol.
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description Mint time.
             */
            created_at: string;
            /** @description The agent it enrolled, once consumed. */
            consumed_by_agent_id?: string | null;
        };
        /**
         * @description A join key as minted, with the secret `key` shown this once.
         * @example {
         *       "id": "jk_5e1b9a",
         *       "object": "join_key",
         *       "name": "edge-east",
         *       "region": "us-east-1",
         *       "router_addr": "tcp://router.example.com:5555",
         *       "role": "xem",
         *       "status": "active",
         *       "expires_at": "2026-11-25T09:00:00Z",
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "consumed_by_agent_id": null,
         *       "key": "jk_live_3q9XfJ2kLm8s"
         *     }
         */
        JoinKeyWithSecret: components["schemas"]["JoinKey"] & {
            /** @description The secret to hand to the agent as `XEM_JOIN_KEY`. Shown once. */
            key: string;
        };
        /**
         * @description What to mint.
         * @example {
         *       "name": "edge-east",
         *       "region": "us-east-1",
         *       "router_addr": "tcp://router.example.com:5555"
         *     }
         */
        JoinKeyCreate: {
            /** @description Operator-chosen name. */
            name: string;
            /** @description Region for the enrolled agent. */
            region: string;
            /** @description Router address, `tcp://<host>:<port>`. */
            router_addr: string;
            role?: components["schemas"]["AgentRole"];
            /**
             * @description Lifetime of the key.
             * @default 24
             */
            expires_in_hours?: number;
        };
        /**
         * @description A page of join keys.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        JoinKeyList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["JoinKey"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description An operational workspace.
         * @example {
         *       "id": "ws_8f2c1a04b9e7",
         *       "object": "workspace",
         *       "name": "kubernetes-prod",
         *       "type": "kubernetes",
         *       "agent_ids": [
         *         "agt_xem_fleet_01"
         *       ],
         *       "created_at": "2026-11-01T00:00:00Z"
         *     }
         */
        Workspace: {
            /** @description Workspace id, `ws_…` (documented prefix). */
            id: string;
            /**
             * @description Always `workspace`.
             * @constant
             */
            object: "workspace";
            /** @description Display name, e.g. `kubernetes-prod`. */
            name: string;
            /** @description Workspace type, e.g. `kubernetes`. */
            type: string;
            /** @description Agents bound to serve it. */
            agent_ids: string[];
            /**
             * Format: date-time
             * @description Creation time.
             */
            created_at: string;
        };
        /**
         * @description A page of workspaces.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        WorkspaceList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["Workspace"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description An agent bound to serve a workspace.
         * @example {
         *       "id": "ws_8f2c1a04b9e7:agt_xem_fleet_01",
         *       "object": "workspace_binding",
         *       "workspace_id": "ws_8f2c1a04b9e7",
         *       "agent_id": "agt_xem_fleet_01",
         *       "created_at": "2026-11-01T00:00:00Z"
         *     }
         */
        WorkspaceBinding: {
            /** @description Binding id, `<workspace_id>:<agent_id>`; pagination cursor. */
            id: string;
            /**
             * @description Always `workspace_binding`.
             * @constant
             */
            object: "workspace_binding";
            /** @description The workspace. */
            workspace_id: string;
            /** @description The agent. */
            agent_id: string;
            /**
             * Format: date-time
             * @description When the binding was made.
             */
            created_at: string;
        };
        /**
         * @description The agent to bind.
         * @example {
         *       "agent_id": "agt_xem_fleet_01"
         *     }
         */
        WorkspaceBindingCreate: {
            /** @description The agent. */
            agent_id: string;
        };
        /**
         * @description A page of bindings.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        WorkspaceBindingList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["WorkspaceBinding"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description Confirms a binding was removed.
         * @example {
         *       "object": "workspace_binding",
         *       "workspace_id": "ws_8f2c1a04b9e7",
         *       "agent_id": "agt_xem_fleet_01",
         *       "deleted": true
         *     }
         */
        DeletedWorkspaceBinding: {
            /**
             * @description Always `workspace_binding`.
             * @constant
             */
            object: "workspace_binding";
            /** @description The workspace. */
            workspace_id: string;
            /** @description The agent. */
            agent_id: string;
            /**
             * @description Always true.
             * @constant
             */
            deleted: true;
        };
        /**
         * @description A tool in the catalogue, with the agents that publish it.
         * @example {
         *       "object": "tool",
         *       "name": "kubectl_get",
         *       "description": "Read Kubernetes resources.",
         *       "risk": "read",
         *       "domain": "kubernetes",
         *       "timeout_ms": 30000,
         *       "parameters": {
         *         "type": "object",
         *         "properties": {
         *           "resource": {
         *             "type": "string"
         *           }
         *         }
         *       },
         *       "agent_ids": [
         *         "agt_xem_fleet_01"
         *       ]
         *     }
         */
        Tool: {
            /**
             * @description Always `tool`.
             * @constant
             */
            object: "tool";
            /** @description The tool's name; also its id for pagination. */
            name: string;
            /** @description What the tool does. */
            description: string;
            risk: components["schemas"]["Risk"];
            /** @description The tool family. */
            domain: string;
            /** @description Declared execution timeout. */
            timeout_ms: number;
            /** @description JSON Schema of the arguments. */
            parameters: {
                [key: string]: unknown;
            };
            /** @description Online agents publishing the tool. */
            agent_ids: string[];
        };
        /**
         * @description A page of tools. Items have no `id`; the cursor is the tool `name`.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        ToolList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["Tool"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description Lifecycle of an invocation: `queued` → `dispatched` → `running` → `completed` | `failed` |
         *     `timeout`; gated calls pass through `pending_approval` and may end `rejected`; any
         *     unfinished call may end `cancelled`.
         * @example running
         * @enum {string}
         */
        InvocationStatus: "queued" | "pending_approval" | "dispatched" | "running" | "completed" | "failed" | "timeout" | "cancelled" | "rejected";
        /**
         * @description One state change of an invocation.
         * @example {
         *       "from": "pending_approval",
         *       "to": "dispatched",
         *       "at": "2026-11-24T09:01:00Z",
         *       "actor": "api_key:xero_demo",
         *       "reason": "approved"
         *     }
         */
        InvocationTransition: {
            /** @description The previous status; null for the first entry. */
            from: components["schemas"]["InvocationStatus"] | null;
            to: components["schemas"]["InvocationStatus"];
            /**
             * Format: date-time
             * @description When it happened.
             */
            at: string;
            /** @description Who caused it: `system`, `agent:<id>`, `user:<name>`, `api_key:<prefix>`. */
            actor: string;
            /** @description Why, when known. */
            reason?: string | null;
        };
        /**
         * @description Why an invocation failed.
         * @example {
         *       "code": "non_zero_exit",
         *       "message": "kubectl exited with status 1"
         *     }
         */
        InvocationError: {
            /** @description Machine-readable cause, e.g. `non_zero_exit`, `tool_timeout`. */
            code: string;
            /** @description Human-readable cause. */
            message: string;
        };
        /**
         * @description A governed tool call and its whole lifecycle.
         * @example {
         *       "id": "inv_7Q2b9x",
         *       "object": "invocation",
         *       "workspace_id": "ws_8f2c1a04b9e7",
         *       "tool_name": "kubectl_drain",
         *       "arguments": {
         *         "node": "node-7"
         *       },
         *       "risk": "destructive",
         *       "status": "completed",
         *       "agent_id": "agt_xem_fleet_01",
         *       "approval_ids": [
         *         "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10"
         *       ],
         *       "exit_code": 0,
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "started_at": "2026-11-24T09:01:00Z",
         *       "finished_at": "2026-11-24T09:01:30Z",
         *       "duration_ms": 30000,
         *       "error": null,
         *       "transitions": [
         *         {
         *           "from": null,
         *           "to": "pending_approval",
         *           "at": "2026-11-24T09:00:00Z",
         *           "actor": "api_key:xero_demo",
         *           "reason": null
         *         },
         *         {
         *           "from": "pending_approval",
         *           "to": "dispatched",
         *           "at": "2026-11-24T09:01:00Z",
         *           "actor": "user:alice",
         *           "reason": "approved"
         *         }
         *       ]
         *     }
         */
        Invocation: {
            /** @description Invocation id, `inv_…` (also the execution id; prefix decided). */
            id: string;
            /**
             * @description Always `invocation`.
             * @constant
             */
            object: "invocation";
            /** @description The workspace. */
            workspace_id: string;
            /** @description The tool called. */
            tool_name: string;
            /** @description The call's arguments. */
            arguments: {
                [key: string]: unknown;
            };
            risk: components["schemas"]["Risk"];
            status: components["schemas"]["InvocationStatus"];
            /** @description The agent it was dispatched to, once dispatched. */
            agent_id: string | null;
            /** @description Approvals requested for this call. */
            approval_ids: string[];
            /** @description The tool's exit code, once finished. */
            exit_code: number | null;
            /**
             * Format: date-time
             * @description When it was requested.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it started running.
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description When it reached a final status.
             */
            finished_at: string | null;
            /** @description Running time, once finished. */
            duration_ms: number | null;
            /** @description Why it failed, or null. */
            error: components["schemas"]["InvocationError"] | null;
            /** @description Every state change, oldest first. */
            transitions: components["schemas"]["InvocationTransition"][];
            /** @description The W3C trace id of the valid `traceparent` header the create request carried (32 lowercase hex digits); absent or null when it carried none (decided). */
            trace_id?: string | null;
        };
        /**
         * @description A tool call to make.
         * @example {
         *       "workspace_id": "ws_8f2c1a04b9e7",
         *       "tool_name": "kubectl_get",
         *       "arguments": {
         *         "resource": "pods"
         *       }
         *     }
         */
        InvocationCreate: {
            /** @description The workspace to run it in. */
            workspace_id: string;
            /** @description The tool to call. */
            tool_name: string;
            /**
             * @description Arguments matching the tool's parameter schema.
             * @default {}
             */
            arguments?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A page of invocations.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        InvocationList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["Invocation"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description An artifact a tool call produced, read through the chat artifact API.
         * @example {
         *       "id": "cart_1a2b3c",
         *       "name": "drain-report.txt",
         *       "media_type": "text/plain",
         *       "size_bytes": 512,
         *       "chat_id": "chat_9z8y"
         *     }
         */
        ArtifactRef: {
            /** @description Artifact id, `cart_…` (documented prefix). */
            id: string;
            /** @description File name. */
            name: string;
            /** @description MIME type. */
            media_type: string;
            /** @description Size of the content. */
            size_bytes: number;
            /** @description The chat that owns it. */
            chat_id: string;
        };
        /**
         * @description The raw output of an invocation.
         * @example {
         *       "object": "invocation_output",
         *       "invocation_id": "inv_7Q2b9x",
         *       "stdout": "node/node-7 drained\n",
         *       "stderr": "",
         *       "exit_code": 0,
         *       "truncated": false,
         *       "artifacts": []
         *     }
         */
        InvocationOutput: {
            /**
             * @description Always `invocation_output`.
             * @constant
             */
            object: "invocation_output";
            /** @description The invocation. */
            invocation_id: string;
            /** @description Standard output. */
            stdout: string;
            /** @description Standard error. */
            stderr: string;
            /** @description Exit code, or null if it never ran. */
            exit_code: number | null;
            /** @description Whether stdout or stderr was cut. */
            truncated: boolean;
            /** @description Artifacts it produced. */
            artifacts: components["schemas"]["ArtifactRef"][];
        };
        /**
         * @description An artifact and its content.
         * @example {
         *       "id": "cart_1a2b3c",
         *       "object": "artifact",
         *       "chat_id": "chat_9z8y",
         *       "name": "drain-report.txt",
         *       "media_type": "text/plain",
         *       "size_bytes": 21,
         *       "encoding": "utf-8",
         *       "content": "node/node-7 drained\n"
         *     }
         */
        ArtifactContent: {
            /** @description Artifact id, `cart_…` (documented prefix). */
            id: string;
            /**
             * @description Always `artifact`.
             * @constant
             */
            object: "artifact";
            /** @description The owning chat. */
            chat_id: string;
            /** @description File name. */
            name: string;
            /** @description MIME type. */
            media_type: string;
            /** @description Size of the decoded content. */
            size_bytes: number;
            /**
             * @description How `content` is encoded.
             * @enum {string}
             */
            encoding: "utf-8" | "base64";
            /** @description The content. */
            content: string;
        };
        /**
         * @description Lifecycle of an approval.
         * @example pending
         * @enum {string}
         */
        ApprovalStatus: "pending" | "approved" | "rejected" | "escalated" | "timed_out";
        /**
         * @description The tool call awaiting a decision.
         * @example {
         *       "name": "kubectl_drain",
         *       "arguments": {
         *         "node": "node-7"
         *       }
         *     }
         */
        ToolCall: {
            /** @description The tool. */
            name: string;
            /** @description Its arguments. */
            arguments: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A request for a human decision on a gated tool call.
         * @example {
         *       "id": "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10",
         *       "object": "approval",
         *       "status": "pending",
         *       "risk": "destructive",
         *       "workspace_id": "ws_8f2c1a04b9e7",
         *       "agent_id": "agt_xem_fleet_01",
         *       "invocation_id": "inv_7Q2b9x",
         *       "tool_name": "kubectl_drain",
         *       "tool_call": {
         *         "name": "kubectl_drain",
         *         "arguments": {
         *           "node": "node-7"
         *         }
         *       },
         *       "prompt": "Drain node-7 before the kernel upgrade.",
         *       "timeout_seconds": 900,
         *       "expires_at": "2026-11-24T09:15:00Z",
         *       "created_at": "2026-11-24T09:00:00Z",
         *       "decided_at": null,
         *       "decided_by": null,
         *       "note": null,
         *       "escalation_level": 0
         *     }
         */
        Approval: {
            /**
             * Format: uuid
             * @description Approval id (a UUID, documented).
             */
            id: string;
            /**
             * @description Always `approval`.
             * @constant
             */
            object: "approval";
            status: components["schemas"]["ApprovalStatus"];
            risk: components["schemas"]["Risk"];
            /** @description The workspace. */
            workspace_id: string;
            /** @description The agent the call will be routed to, when known. */
            agent_id: string | null;
            /** @description The gated invocation. */
            invocation_id: string;
            /** @description The tool. */
            tool_name: string;
            tool_call: components["schemas"]["ToolCall"];
            /** @description The chat prompt that led to the call. */
            prompt: string;
            /** @description Wait before timing out (900 destructive, 3600 irreversible by default). */
            timeout_seconds: number;
            /**
             * Format: date-time
             * @description When the current stage times out.
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description When it was requested.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it was decided.
             */
            decided_at: string | null;
            /** @description Who decided it. */
            decided_by: string | null;
            /** @description The reviewer's note. */
            note: string | null;
            /** @description How many times it escalated to the next stage. */
            escalation_level: number;
        };
        /**
         * @description A page of approvals.
         * @example {
         *       "object": "list",
         *       "data": [],
         *       "has_more": false
         *     }
         */
        ApprovalList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The page. */
            data: components["schemas"]["Approval"][];
            /** @description Whether another page follows. */
            has_more: boolean;
        };
        /**
         * @description An optional note recorded with the decision.
         * @example {
         *       "note": "change window CHG-1042"
         *     }
         */
        ApprovalDecision: {
            /** @description Why the request was approved or rejected. */
            note?: string;
        };
        /**
         * @description The documented event types (an open set; consumers must tolerate others).
         * @example exec.approval_requested
         * @enum {string}
         */
        EventType: "exec.dispatched" | "exec.completed" | "exec.failed" | "exec.timeout" | "exec.approval_requested" | "exec.approved" | "exec.rejected" | "exec.approval_escalated" | "exec.approval_timed_out" | "exec.agent_enrolled" | "exec.agent_offline";
        /**
         * @description The envelope every event shares, on the event stream and in webhooks; `type` is open.
         * @example {
         *       "id": "evt_01J9ZK3F",
         *       "object": "event",
         *       "type": "exec.future_thing",
         *       "created_at": 1795510800,
         *       "data": {}
         *     }
         */
        EventEnvelope: {
            /** @description Event id, `evt_…` (documented prefix); dedupe on it. */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /** @description The event type; documented types or any other string. */
            type: components["schemas"]["EventType"] | string;
            /** @description Unix seconds. */
            created_at: number;
            /** @description The resource the event is about. */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * @description An approval was requested, decided, escalated or timed out; `data` is the approval.
         * @example {
         *       "id": "evt_01J9ZK3F",
         *       "object": "event",
         *       "type": "exec.approval_requested",
         *       "created_at": 1795510800,
         *       "data": {
         *         "id": "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10",
         *         "object": "approval",
         *         "status": "pending",
         *         "risk": "destructive",
         *         "workspace_id": "ws_8f2c1a04b9e7",
         *         "agent_id": "agt_xem_fleet_01",
         *         "invocation_id": "inv_7Q2b9x",
         *         "tool_name": "kubectl_drain",
         *         "tool_call": {
         *           "name": "kubectl_drain",
         *           "arguments": {
         *             "node": "node-7"
         *           }
         *         },
         *         "prompt": "Drain node-7 before the kernel upgrade.",
         *         "timeout_seconds": 900,
         *         "expires_at": "2026-11-24T09:15:00Z",
         *         "created_at": "2026-11-24T09:00:00Z",
         *         "decided_at": null,
         *         "decided_by": null,
         *         "note": null,
         *         "escalation_level": 0
         *       }
         *     }
         */
        ApprovalEvent: {
            /** @description Event id, `evt_…` (documented prefix); dedupe on it. */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The approval event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "exec.approval_requested" | "exec.approved" | "exec.rejected" | "exec.approval_escalated" | "exec.approval_timed_out";
            /** @description Unix seconds. */
            created_at: number;
            data: components["schemas"]["Approval"];
        };
        /**
         * @description An invocation was dispatched or finished; `data` is the invocation.
         * @example {
         *       "id": "evt_01J9ZK4A",
         *       "object": "event",
         *       "type": "exec.completed",
         *       "created_at": 1795510890,
         *       "data": {
         *         "id": "inv_7Q2b9x",
         *         "object": "invocation",
         *         "workspace_id": "ws_8f2c1a04b9e7",
         *         "tool_name": "kubectl_get",
         *         "arguments": {
         *           "resource": "pods"
         *         },
         *         "risk": "read",
         *         "status": "completed",
         *         "agent_id": "agt_xem_fleet_01",
         *         "approval_ids": [],
         *         "exit_code": 0,
         *         "created_at": "2026-11-24T09:00:00Z",
         *         "started_at": "2026-11-24T09:00:01Z",
         *         "finished_at": "2026-11-24T09:00:02Z",
         *         "duration_ms": 1000,
         *         "error": null,
         *         "transitions": []
         *       }
         *     }
         */
        InvocationEvent: {
            /** @description Event id, `evt_…` (documented prefix); dedupe on it. */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The exec event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "exec.dispatched" | "exec.completed" | "exec.failed" | "exec.timeout";
            /** @description Unix seconds. */
            created_at: number;
            data: components["schemas"]["Invocation"];
        };
        /**
         * @description An agent enrolled or went offline; `data` is the agent.
         * @example {
         *       "id": "evt_01J9ZK5B",
         *       "object": "event",
         *       "type": "exec.agent_offline",
         *       "created_at": 1795510900,
         *       "data": {
         *         "id": "agt_xem_fleet_02",
         *         "object": "agent",
         *         "name": "xem-edge-02",
         *         "description": null,
         *         "registration_name": "xem-edge-02",
         *         "role": "xem",
         *         "status": "offline",
         *         "exec_paused": false,
         *         "paused_workspace_ids": [],
         *         "region": "eu-west-1",
         *         "worker_id": "wrk_8b1c",
         *         "last_heartbeat_at": "2026-11-24T08:00:00Z",
         *         "manifest": {
         *           "version": 1,
         *           "hash": "sha256:00aa",
         *           "tools": [],
         *           "workspace_ids": []
         *         },
         *         "curve_public_key": "abc",
         *         "curve_rotated_at": null,
         *         "created_at": "2026-11-20T12:00:00Z"
         *       }
         *     }
         */
        AgentStatusEvent: {
            /** @description Event id, `evt_…` (documented prefix); dedupe on it. */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The agent event type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "exec.agent_enrolled" | "exec.agent_offline";
            /** @description Unix seconds. */
            created_at: number;
            data: components["schemas"]["Agent"];
        };
        /**
         * @description A typed event. Consumers must also accept envelopes of other types (see `EventEnvelope`).
         * @example {
         *       "id": "evt_01J9ZK4A",
         *       "object": "event",
         *       "type": "exec.dispatched",
         *       "created_at": 1795510890,
         *       "data": {
         *         "id": "inv_7Q2b9x",
         *         "object": "invocation",
         *         "workspace_id": "ws_8f2c1a04b9e7",
         *         "tool_name": "kubectl_get",
         *         "arguments": {
         *           "resource": "pods"
         *         },
         *         "risk": "read",
         *         "status": "dispatched",
         *         "agent_id": "agt_xem_fleet_01",
         *         "approval_ids": [],
         *         "exit_code": null,
         *         "created_at": "2026-11-24T09:00:00Z",
         *         "started_at": null,
         *         "finished_at": null,
         *         "duration_ms": null,
         *         "error": null,
         *         "transitions": []
         *       }
         *     }
         */
        Event: components["schemas"]["ApprovalEvent"] | components["schemas"]["InvocationEvent"] | components["schemas"]["AgentStatusEvent"];
        /**
         * @description An envelope whose `type` is none of the documented `EventType`s. A known type never falls
         *     back to this schema, so an `exec.approved` frame carrying an invocation is invalid.
         * @example {
         *       "id": "evt_01J9ZK3F",
         *       "object": "event",
         *       "type": "exec.future_thing",
         *       "created_at": 1795510800,
         *       "data": {}
         *     }
         */
        UnknownEvent: components["schemas"]["EventEnvelope"] & {
            type?: unknown;
        };
        /**
         * @description The `data:` line of one event-stream frame: a typed `Event` (strict per type), an envelope
         *     of an undocumented type, the `stream.reset` notice or the `stream.open` resume point.
         * @example {
         *       "object": "stream.reset",
         *       "reason": "last_event_id is older than the retained history",
         *       "last_event_id": "evt_000001"
         *     }
         */
        EventStreamData: components["schemas"]["Event"] | components["schemas"]["UnknownEvent"] | components["schemas"]["StreamReset"] | components["schemas"]["StreamOpen"];
        /**
         * @description Data of the `stream.open` frame sent first on every connection: the resume point, also sent as the frame's `id:` (absent when null). It is the newest event id, or on a resumed connection the requested `Last-Event-ID`.
         * @example {
         *       "object": "stream.open",
         *       "latest_event_id": "evt_00000022"
         *     }
         */
        StreamOpen: {
            /**
             * @description Always `stream.open`.
             * @constant
             */
            object?: "stream.open";
            /** @description The resume point; null when the server holds no event yet. */
            latest_event_id: string | null;
        };
        /**
         * @description Data of the `stream.reset` frame: the requested `Last-Event-ID` is older than the history the server holds; re-list.
         * @example {
         *       "object": "stream.reset",
         *       "reason": "last_event_id is older than the retained history",
         *       "last_event_id": "evt_000001"
         *     }
         */
        StreamReset: {
            /**
             * @description Always `stream.reset`.
             * @constant
             */
            object: "stream.reset";
            /** @description Why the stream could not resume. */
            reason: string;
            /** @description The id the client asked to resume after. */
            last_event_id: string;
        };
    };
    responses: {
        /** @description Any 2xx within 10 s acknowledges the delivery (documented); the body is ignored. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other answer (or none within 10 s) fails the attempt; Xerotier retries up to 6 attempts with exponential backoff, then marks the delivery `exhausted` (documented). */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request is malformed (`invalid_body`, `invalid_request`, `json_parse_error`, `exec_tool_not_found`, `tool_not_mcp_visible`). */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request body is larger than the server accepts (`payload_too_large`). */
        PayloadTooLarge: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description A request body was sent with a content type other than `application/json` (`unsupported_media_type`). */
        UnsupportedMediaType: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The API key is missing or unknown (`authentication_error`). */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The key lacks a scope (`scope_insufficient`) or belongs to another project
         *     (`cross_project_access`). A `scope_insufficient` error carries `type:
         *     authentication_error` (documented quirk of the real router, though it is an authorization
         *     failure): branch on `code`, never on `type`.
         */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The resource or the project does not exist (`*_not_found`, `project_not_found`). */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request conflicts with the resource's state (`approval_already_resolved`, `approval_expired`, `idempotency_key_reused`, `invocation_already_finished`). */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limited (`rate_limit_exceeded`, `capacity_exceeded`; retry after `Retry-After`) or over quota (`quota_exceeded`; do not retry). */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The router failed (`internal_error`); retryable. Forward the `x-request-id` to support. */
        InternalError: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description A dependency is unavailable (`backend_unavailable`, `endpoint_inactive`, `model_provisioning`, `tool_executor_unavailable`); retryable. */
        ServiceUnavailable: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
         *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
         * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
         */
        WebhookSignature: string;
        /**
         * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
         *     more than 5 minutes (300 s) old: the replay tolerance.
         * @example 1795510800
         */
        WebhookTimestamp: string;
        /** @description Page size. */
        Limit: number;
        /** @description Return items after this id (the last id of the previous page). */
        After: string;
        /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
        IdempotencyKey: string;
        /** @description W3C Trace Context (`version-traceid-parentid-flags`, lowercase hex). The server records the trace id of a valid one on the invocation and ignores a malformed one (decided). */
        Traceparent: string;
        /** @description The tool's name, e.g. `kubectl_get`. */
        ToolName: string;
        /** @description The invocation id (`inv_…`). */
        InvocationId: string;
        /** @description The approval id (a UUID). */
        ApprovalId: string;
        /** @description The agent id (`agt_…`). */
        AgentId: string;
        /** @description The join key id (`jk_…`). */
        JoinKeyId: string;
        /** @description The workspace id (`ws_…`). */
        WorkspaceId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request's correlation id; quote it to support. */
        RequestId: string;
        /** @description How long to wait before retrying, in seconds or as an HTTP-date. */
        RetryAfter: string;
        /** @description Requests allowed per window for this key. */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets (decided). */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The router is up. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTools: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
                /** @description Only tools served by agents bound to this workspace. */
                workspace_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tools. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool's name, e.g. `kubectl_get`. */
                tool_name: components["parameters"]["ToolName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInvocations: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
                /** @description Only invocations in this workspace. */
                workspace_id?: string;
                /** @description Only invocations dispatched to this agent. */
                agent_id?: string;
                /** @description Only invocations in this status. */
                status?: components["schemas"]["InvocationStatus"];
                /** @description Only invocations of this tool. */
                tool_name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invocations. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createInvocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description W3C Trace Context (`version-traceid-parentid-flags`, lowercase hex). The server records the trace id of a valid one on the invocation and ignores a malformed one (decided). */
                traceparent?: components["parameters"]["Traceparent"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvocationCreate"];
            };
        };
        responses: {
            /** @description The invocation was accepted. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInvocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invocation id (`inv_…`). */
                invocation_id: components["parameters"]["InvocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invocation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invocation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelInvocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The invocation id (`inv_…`). */
                invocation_id: components["parameters"]["InvocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled invocation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInvocationOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invocation id (`inv_…`). */
                invocation_id: components["parameters"]["InvocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The raw output. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvocationOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
                /** @description Only approvals in this workspace. */
                workspace_id?: string;
                /** @description Only approvals in this status. */
                status?: components["schemas"]["ApprovalStatus"];
                /** @description Only approvals at this risk level. */
                risk?: components["schemas"]["Risk"];
                /** @description Only approvals for calls routed to this agent. */
                agent_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of approvals. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval id (a UUID). */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approval. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    approveApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The approval id (a UUID). */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description The decided approval. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rejectApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The approval id (a UUID). */
                approval_id: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description The decided approval. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Only events of this workspace. */
                workspace_id?: string;
                /** @description Only events of this agent. */
                agent_id?: string;
                /** @description Only approval and exec events at this risk level. */
                risk?: components["schemas"]["Risk"];
                /**
                 * @description Comma-separated list of event types to receive.
                 * @example exec.approval_requested,exec.approved
                 */
                types?: string;
                /** @description Resume after this event id (same as the `Last-Event-ID` header; the header wins). */
                last_event_id?: string;
            };
            header?: {
                /** @description Resume after this event id. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. Each `data:` line holds one `Event`. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStreamData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
                /** @description Only agents in this status. */
                status?: components["schemas"]["AgentStatus"];
                /** @description Only agents of this role. */
                role?: components["schemas"]["AgentRole"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedAgent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    pauseAgentExec: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExecScope"];
            };
        };
        responses: {
            /** @description The agent after the change. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resumeAgentExec: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExecScope"];
            };
        };
        responses: {
            /** @description The agent after the change. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateAgentCurveKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CurveRotateRequest"];
            };
        };
        responses: {
            /** @description The rotation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurveRotation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgentEvents: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path: {
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lifecycle events. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentLifecycleEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listJoinKeys: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
                /** @description Only join keys in this status. */
                status?: components["schemas"]["JoinKeyStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of join keys. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createJoinKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinKeyCreate"];
            };
        };
        responses: {
            /** @description The new join key, with its secret. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getJoinKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The join key id (`jk_…`). */
                join_key_id: components["parameters"]["JoinKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The join key. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeJoinKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The join key id (`jk_…`). */
                join_key_id: components["parameters"]["JoinKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked join key. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workspaces. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkspaceBindings: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Return items after this id (the last id of the previous page). */
                after?: components["parameters"]["After"];
            };
            header?: never;
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bindings. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceBindingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWorkspaceBinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry; the first response for a key is replayed for 24 h. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceBindingCreate"];
            };
        };
        responses: {
            /** @description The agent was already bound; the existing binding. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceBinding"];
                };
            };
            /** @description The new binding. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceBinding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWorkspaceBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id (`ws_…`). */
                workspace_id: components["parameters"]["WorkspaceId"];
                /** @description The agent id (`agt_…`). */
                agent_id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The binding was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWorkspaceBinding"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChatArtifact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat that owns the artifact. */
                chat_id: string;
                /** @description The artifact id (`cart_…`). */
                artifact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The artifact with its content. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactContent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    webhookExecDispatched: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvocationEvent"] & {
                    /** @constant */
                    type?: "exec.dispatched";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecCompleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvocationEvent"] & {
                    /** @constant */
                    type?: "exec.completed";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecFailed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvocationEvent"] & {
                    /** @constant */
                    type?: "exec.failed";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecTimeout: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvocationEvent"] & {
                    /** @constant */
                    type?: "exec.timeout";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecApprovalRequested: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalEvent"] & {
                    /** @constant */
                    type?: "exec.approval_requested";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecApproved: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalEvent"] & {
                    /** @constant */
                    type?: "exec.approved";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecRejected: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalEvent"] & {
                    /** @constant */
                    type?: "exec.rejected";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecApprovalEscalated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalEvent"] & {
                    /** @constant */
                    type?: "exec.approval_escalated";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecApprovalTimedOut: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalEvent"] & {
                    /** @constant */
                    type?: "exec.approval_timed_out";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecAgentEnrolled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentStatusEvent"] & {
                    /** @constant */
                    type?: "exec.agent_enrolled";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecAgentOffline: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentStatusEvent"] & {
                    /** @constant */
                    type?: "exec.agent_offline";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecAmbiguous: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventEnvelope"] & {
                    /** @constant */
                    type?: "exec.ambiguous";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecDiscoveryPending: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventEnvelope"] & {
                    /** @constant */
                    type?: "exec.discovery_pending";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecWorkspaceCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventEnvelope"] & {
                    /** @constant */
                    type?: "exec.workspace_created";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    webhookExecWorkspaceBudgetExhausted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of
                 *     `<X-Webhook-Timestamp>.<raw request body>` (documented).
                 * @example 5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a
                 */
                "X-Webhook-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp
                 *     more than 5 minutes (300 s) old: the replay tolerance.
                 * @example 1795510800
                 */
                "X-Webhook-Timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventEnvelope"] & {
                    /** @constant */
                    type?: "exec.workspace_budget_exhausted";
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
}
