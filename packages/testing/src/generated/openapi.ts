// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
/** The OpenAPI document the reference router implements and validates against. */
export const openapiDocument: Record<string, any> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Xerotier Exec and Management API",
    "version": "2026-11-01",
    "summary": "Project-scoped router API for XEM agents, governed tool execution, approvals and their events.",
    "description": "The wire contract the Xerotier TypeScript SDK targets. Every path is relative to the\nproject-scoped server URL `https://api.xerotier.ai/{project_id}`.\n\nConventions:\n- Every response carries `x-request-id`; quote it to support.\n- Every non-2xx response carries the error envelope (`ErrorEnvelope`). Branch on\n  `error.code`; fall back to `error.type` when `code` is null.\n- Lists take `limit` (1-100, default 20) and `after` (the id to start after) and answer\n  `{ \"object\": \"list\", \"data\": [...], \"has_more\": bool }`.\n- Every `POST` accepts an `Idempotency-Key`; the first response for a key is replayed\n  for 24 h, and the same key with a different body is a 409 `idempotency_key_reused`.\n\nItems not fixed by the public Xerotier documentation are marked \"Decided\" and listed in\n`openapi/README.md`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "Xerotier SDK team",
      "url": "https://xerotier.ai/docs"
    }
  },
  "servers": [
    {
      "url": "https://api.xerotier.ai/{project_id}",
      "description": "Project-scoped router surface.",
      "variables": {
        "project_id": {
          "default": "proj_abc123",
          "description": "The project external id (`proj_…`) or the project slug."
        }
      }
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "health",
      "description": "Liveness of the router."
    },
    {
      "name": "tools",
      "description": "The tool catalogue published by online XEM agents. Needs the `execution` scope."
    },
    {
      "name": "invocations",
      "description": "Governed tool invocations, their lifecycle and raw output. Needs the `execution` scope."
    },
    {
      "name": "approvals",
      "description": "Human approval of destructive and irreversible tool calls. Needs the `execution` scope."
    },
    {
      "name": "events",
      "description": "The server-sent event stream of exec, approval and agent events. Needs the `execution` scope."
    },
    {
      "name": "agents",
      "description": "XEM and XIM agents, their exec switch and CURVE keys. Needs the `management` scope."
    },
    {
      "name": "join-keys",
      "description": "Single-use enrolment keys for new agents. Needs the `management` scope."
    },
    {
      "name": "workspaces",
      "description": "Operational workspaces and their agent bindings. Needs the `inference` scope."
    },
    {
      "name": "artifacts",
      "description": "Artifacts produced by tool calls, read through the chat artifact API. Needs the `inference` scope."
    },
    {
      "name": "webhooks",
      "description": "Event deliveries Xerotier POSTs to a subscriber's HTTPS URL: the same `Event` envelope as\nthe event stream, signed with `X-Webhook-Signature` and `X-Webhook-Timestamp`.\n"
    }
  ],
  "paths": {
    "/healthz": {
      "servers": [
        {
          "url": "https://api.xerotier.ai",
          "description": "Liveness is served at the host root, outside any project."
        }
      ],
      "get": {
        "operationId": "getHealth",
        "tags": [
          "health"
        ],
        "summary": "Check router liveness",
        "description": "Unauthenticated liveness probe. Decided body: `{ \"status\": \"ok\" }`.",
        "security": [],
        "responses": {
          "200": {
            "description": "The router is up.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/tools": {
      "get": {
        "operationId": "listTools",
        "tags": [
          "tools"
        ],
        "summary": "List tools",
        "description": "Every tool published by an online XEM agent's manifest, deduplicated by name.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "name": "workspace_id",
            "in": "query",
            "description": "Only tools served by agents bound to this workspace.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of tools.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/tools/{tool_name}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ToolName"
        }
      ],
      "get": {
        "operationId": "getTool",
        "tags": [
          "tools"
        ],
        "summary": "Show a tool",
        "description": "One tool's descriptor. An unknown tool is a 404 `exec_tool_not_found`.",
        "responses": {
          "200": {
            "description": "The tool.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Tool"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/invocations": {
      "get": {
        "operationId": "listInvocations",
        "tags": [
          "invocations"
        ],
        "summary": "List invocations",
        "description": "Invocations, newest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "name": "workspace_id",
            "in": "query",
            "description": "Only invocations in this workspace.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "agent_id",
            "in": "query",
            "description": "Only invocations dispatched to this agent.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only invocations in this status.",
            "schema": {
              "$ref": "#/components/schemas/InvocationStatus"
            }
          },
          {
            "name": "tool_name",
            "in": "query",
            "description": "Only invocations of this tool.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of invocations.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvocationList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "createInvocation",
        "tags": [
          "invocations"
        ],
        "summary": "Invoke a tool",
        "description": "Requests a tool call in a workspace. `read` and `write` tools are dispatched at once;\n`destructive` and `irreversible` tools wait in `pending_approval` for a human decision.\nSend an `Idempotency-Key` so a retried call can never run the tool twice. A valid W3C\n`traceparent` header ties the invocation to the caller's trace (its `trace_id`).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/Traceparent"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InvocationCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The invocation was accepted.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Invocation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/invocations/{invocation_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvocationId"
        }
      ],
      "get": {
        "operationId": "getInvocation",
        "tags": [
          "invocations"
        ],
        "summary": "Show an invocation",
        "description": "The invocation with every state transition it went through.",
        "responses": {
          "200": {
            "description": "The invocation.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Invocation"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/invocations/{invocation_id}/cancel": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvocationId"
        }
      ],
      "post": {
        "operationId": "cancelInvocation",
        "tags": [
          "invocations"
        ],
        "summary": "Cancel an invocation",
        "description": "Cancels an invocation that has not finished. Decided: cancelling one that already\nfinished is a 409 `invocation_already_finished` whose message names its final status.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The cancelled invocation.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Invocation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/invocations/{invocation_id}/output": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvocationId"
        }
      ],
      "get": {
        "operationId": "getInvocationOutput",
        "tags": [
          "invocations"
        ],
        "summary": "Read raw output",
        "description": "The raw stdout, stderr and exit code of an invocation, with references to the artifacts it produced.",
        "responses": {
          "200": {
            "description": "The raw output.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvocationOutput"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/approvals": {
      "get": {
        "operationId": "listApprovals",
        "tags": [
          "approvals"
        ],
        "summary": "List approvals",
        "description": "Approvals, newest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "name": "workspace_id",
            "in": "query",
            "description": "Only approvals in this workspace.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only approvals in this status.",
            "schema": {
              "$ref": "#/components/schemas/ApprovalStatus"
            }
          },
          {
            "name": "risk",
            "in": "query",
            "description": "Only approvals at this risk level.",
            "schema": {
              "$ref": "#/components/schemas/Risk"
            }
          },
          {
            "name": "agent_id",
            "in": "query",
            "description": "Only approvals for calls routed to this agent.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of approvals.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApprovalList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/approvals/{approval_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApprovalId"
        }
      ],
      "get": {
        "operationId": "getApproval",
        "tags": [
          "approvals"
        ],
        "summary": "Show an approval",
        "description": "One approval request with its prompt, tool call, risk and timeout.",
        "responses": {
          "200": {
            "description": "The approval.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Approval"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/approvals/{approval_id}/approve": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApprovalId"
        }
      ],
      "post": {
        "operationId": "approveApproval",
        "tags": [
          "approvals"
        ],
        "summary": "Approve a request",
        "description": "Approves a pending request; the invocation is dispatched. An approval already decided\nis a 409 `approval_already_resolved`; one past its expiry is a 409 `approval_expired`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecision"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The decided approval.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Approval"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/approvals/{approval_id}/reject": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApprovalId"
        }
      ],
      "post": {
        "operationId": "rejectApproval",
        "tags": [
          "approvals"
        ],
        "summary": "Reject a request",
        "description": "Rejects a pending request; the invocation ends `rejected`. Conflicts as for approve.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecision"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The decided approval.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Approval"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/exec/events": {
      "get": {
        "operationId": "streamEvents",
        "tags": [
          "events"
        ],
        "summary": "Stream events",
        "description": "A `text/event-stream` of exec, approval and agent events. Each event is framed as\n`id: <evt id>`, `event: <type>`, `data: <the Event envelope as one JSON line>`. The\nserver sends `: keep-alive` comments at least every 15 s and may send `retry: <ms>`.\nWith `Last-Event-ID` (header or `last_event_id` query parameter) it replays every later\nevent it still holds before going live; an id older than its history gets one\n`event: stream.reset` frame (data: `StreamReset`) so the client re-lists. Every\nconnection starts with one `event: stream.open` frame (data: `StreamOpen`) whose `id:`\nis the resume point, so a client that loses the connection before any event resumes\nwithout a gap.\n",
        "parameters": [
          {
            "name": "workspace_id",
            "in": "query",
            "description": "Only events of this workspace.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "agent_id",
            "in": "query",
            "description": "Only events of this agent.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "risk",
            "in": "query",
            "description": "Only approval and exec events at this risk level.",
            "schema": {
              "$ref": "#/components/schemas/Risk"
            }
          },
          {
            "name": "types",
            "in": "query",
            "description": "Comma-separated list of event types to receive.",
            "schema": {
              "type": "string"
            },
            "example": "exec.approval_requested,exec.approved"
          },
          {
            "name": "last_event_id",
            "in": "query",
            "description": "Resume after this event id (same as the `Last-Event-ID` header; the header wins).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "Last-Event-ID",
            "in": "header",
            "description": "Resume after this event id.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The event stream. Each `data:` line holds one `Event`.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "text/event-stream": {
                "schema": {
                  "$ref": "#/components/schemas/EventStreamData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/agents": {
      "get": {
        "operationId": "listAgents",
        "tags": [
          "agents"
        ],
        "summary": "List agents",
        "description": "Agents enrolled in the project.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only agents in this status.",
            "schema": {
              "$ref": "#/components/schemas/AgentStatus"
            }
          },
          {
            "name": "role",
            "in": "query",
            "description": "Only agents of this role.",
            "schema": {
              "$ref": "#/components/schemas/AgentRole"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of agents.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/agents/{agent_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "get": {
        "operationId": "getAgent",
        "tags": [
          "agents"
        ],
        "summary": "Show an agent",
        "description": "The agent's status, published tool surface (manifest) and last heartbeat.",
        "responses": {
          "200": {
            "description": "The agent.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateAgent",
        "tags": [
          "agents"
        ],
        "summary": "Update an agent",
        "description": "Renames an agent or changes its description.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AgentUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated agent.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteAgent",
        "tags": [
          "agents"
        ],
        "summary": "Remove an agent",
        "description": "Removes the agent and its workspace bindings; it must re-enrol to serve again.",
        "responses": {
          "200": {
            "description": "The agent was removed.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedAgent"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/agents/{agent_id}/pause-exec": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "post": {
        "operationId": "pauseAgentExec",
        "tags": [
          "agents"
        ],
        "summary": "Pause an agent's executor",
        "description": "Stops new dispatch to the agent, for every workspace or only `workspace_id`.\nIn-flight calls finish; queued invocations wait or route to another bound agent.\nPausing an already paused agent is a no-op that returns the agent.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExecScope"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The agent after the change.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/agents/{agent_id}/resume-exec": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "post": {
        "operationId": "resumeAgentExec",
        "tags": [
          "agents"
        ],
        "summary": "Resume an agent's executor",
        "description": "Resumes dispatch to the agent, for every workspace or only `workspace_id`, and\ndispatches what queued while it was paused. Resuming a running agent is a no-op.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExecScope"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The agent after the change.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/agents/{agent_id}/curve-rotate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "post": {
        "operationId": "rotateAgentCurveKey",
        "tags": [
          "agents"
        ],
        "summary": "Rotate an agent's CURVE keys",
        "description": "Generates a fresh Curve25519 keypair and pushes the public half to the agent.\nIn-flight invocations complete on the old key. The next heartbeat after `rotated_at`\nis the evidence that the rotation took effect.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CurveRotateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The rotation.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CurveRotation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/agents/{agent_id}/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "get": {
        "operationId": "listAgentEvents",
        "tags": [
          "agents"
        ],
        "summary": "List an agent's lifecycle events",
        "description": "Enrolment, heartbeats that changed status, exec pauses, CURVE rotations and manifest updates, newest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of lifecycle events.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentLifecycleEventList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/join-keys": {
      "get": {
        "operationId": "listJoinKeys",
        "tags": [
          "join-keys"
        ],
        "summary": "List join keys",
        "description": "Join keys of the project, without their secret values.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only join keys in this status.",
            "schema": {
              "$ref": "#/components/schemas/JoinKeyStatus"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of join keys.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JoinKeyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "createJoinKey",
        "tags": [
          "join-keys"
        ],
        "summary": "Mint a join key",
        "description": "Mints a single-use join key. The secret `key` is returned in this response only.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/JoinKeyCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new join key, with its secret.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JoinKeyWithSecret"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/management/join-keys/{join_key_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/JoinKeyId"
        }
      ],
      "get": {
        "operationId": "getJoinKey",
        "tags": [
          "join-keys"
        ],
        "summary": "Show a join key",
        "description": "One join key, without its secret value.",
        "responses": {
          "200": {
            "description": "The join key.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JoinKey"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "revokeJoinKey",
        "tags": [
          "join-keys"
        ],
        "summary": "Revoke a join key",
        "description": "Revokes the key so it can no longer enrol an agent; agents it already enrolled are\nunaffected. Revoking a revoked key returns it unchanged.\n",
        "responses": {
          "200": {
            "description": "The revoked join key.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JoinKey"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/workspaces": {
      "get": {
        "operationId": "listWorkspaces",
        "tags": [
          "workspaces"
        ],
        "summary": "List workspaces",
        "description": "Workspaces of the project.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of workspaces.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkspaceList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/workspaces/{workspace_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WorkspaceId"
        }
      ],
      "get": {
        "operationId": "getWorkspace",
        "tags": [
          "workspaces"
        ],
        "summary": "Show a workspace",
        "description": "One workspace with the agents bound to it.",
        "responses": {
          "200": {
            "description": "The workspace.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Workspace"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/workspaces/{workspace_id}/bindings": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WorkspaceId"
        }
      ],
      "get": {
        "operationId": "listWorkspaceBindings",
        "tags": [
          "workspaces"
        ],
        "summary": "List a workspace's bindings",
        "description": "The agents bound to serve this workspace.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of bindings.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkspaceBindingList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "createWorkspaceBinding",
        "tags": [
          "workspaces"
        ],
        "summary": "Bind an agent to a workspace",
        "description": "Binds an agent so it serves the workspace. Decided: binding an agent that is already\nbound answers 200 with the existing binding, so the call is safe to repeat.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WorkspaceBindingCreate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The agent was already bound; the existing binding.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkspaceBinding"
                }
              }
            }
          },
          "201": {
            "description": "The new binding.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkspaceBinding"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/workspaces/{workspace_id}/bindings/{agent_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WorkspaceId"
        },
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "delete": {
        "operationId": "deleteWorkspaceBinding",
        "tags": [
          "workspaces"
        ],
        "summary": "Unbind an agent from a workspace",
        "description": "The agent stops serving the workspace. An unknown binding is a 404.",
        "responses": {
          "200": {
            "description": "The binding was removed.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedWorkspaceBinding"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/chats/{chat_id}/artifacts/{artifact_id}": {
      "parameters": [
        {
          "name": "chat_id",
          "in": "path",
          "required": true,
          "description": "The chat that owns the artifact.",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "artifact_id",
          "in": "path",
          "required": true,
          "description": "The artifact id (`cart_…`).",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getChatArtifact",
        "tags": [
          "artifacts"
        ],
        "summary": "Read an artifact",
        "description": "The content of an artifact a tool call produced, as referenced from an invocation's raw output.",
        "responses": {
          "200": {
            "description": "The artifact with its content.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ArtifactContent"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "webhooks": {
    "exec.dispatched": {
      "post": {
        "operationId": "webhookExecDispatched",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.dispatched",
        "description": "An invocation was dispatched to an agent. `data` is the invocation object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/InvocationEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.dispatched"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.completed": {
      "post": {
        "operationId": "webhookExecCompleted",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.completed",
        "description": "An invocation finished successfully. `data` is the invocation object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/InvocationEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.completed"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.failed": {
      "post": {
        "operationId": "webhookExecFailed",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.failed",
        "description": "An invocation failed (non-zero exit code or transport error). `data` is the invocation object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/InvocationEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.failed"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.timeout": {
      "post": {
        "operationId": "webhookExecTimeout",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.timeout",
        "description": "An invocation exceeded its tool's declared `timeout_ms`. `data` is the invocation object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/InvocationEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.timeout"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.approval_requested": {
      "post": {
        "operationId": "webhookExecApprovalRequested",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.approval_requested",
        "description": "A destructive or irreversible call awaits a human decision. `data` is the approval object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/ApprovalEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.approval_requested"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.approved": {
      "post": {
        "operationId": "webhookExecApproved",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.approved",
        "description": "An approval was approved. `data` is the approval object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/ApprovalEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.approved"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.rejected": {
      "post": {
        "operationId": "webhookExecRejected",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.rejected",
        "description": "An approval was rejected. `data` is the approval object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/ApprovalEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.rejected"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.approval_escalated": {
      "post": {
        "operationId": "webhookExecApprovalEscalated",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.approval_escalated",
        "description": "An approval timed out once and escalated to the next stage. `data` is the approval object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/ApprovalEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.approval_escalated"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.approval_timed_out": {
      "post": {
        "operationId": "webhookExecApprovalTimedOut",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.approval_timed_out",
        "description": "An approval timed out for good. `data` is the approval object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/ApprovalEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.approval_timed_out"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.agent_enrolled": {
      "post": {
        "operationId": "webhookExecAgentEnrolled",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.agent_enrolled",
        "description": "An agent enrolled with a join key. `data` is the agent object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/AgentStatusEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.agent_enrolled"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.agent_offline": {
      "post": {
        "operationId": "webhookExecAgentOffline",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.agent_offline",
        "description": "An agent lost its lease and went offline. `data` is the agent object (decided).\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/AgentStatusEvent"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.agent_offline"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.ambiguous": {
      "post": {
        "operationId": "webhookExecAmbiguous",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.ambiguous",
        "description": "Reserved event type `exec.ambiguous`. Reserved by the docs: no payload is documented yet, so `data` is an open object.\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/EventEnvelope"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.ambiguous"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.discovery_pending": {
      "post": {
        "operationId": "webhookExecDiscoveryPending",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.discovery_pending",
        "description": "Reserved event type `exec.discovery_pending`. Reserved by the docs: no payload is documented yet, so `data` is an open object.\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/EventEnvelope"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.discovery_pending"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.workspace_created": {
      "post": {
        "operationId": "webhookExecWorkspaceCreated",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.workspace_created",
        "description": "Reserved event type `exec.workspace_created`. Reserved by the docs: no payload is documented yet, so `data` is an open object.\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/EventEnvelope"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.workspace_created"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "exec.workspace_budget_exhausted": {
      "post": {
        "operationId": "webhookExecWorkspaceBudgetExhausted",
        "tags": [
          "webhooks"
        ],
        "summary": "exec.workspace_budget_exhausted",
        "description": "Reserved event type `exec.workspace_budget_exhausted`. Reserved by the docs: no payload is documented yet, so `data` is an open object.\nVerify `X-Webhook-Signature` over the raw body before parsing, reject a\n`X-Webhook-Timestamp` more than 5 minutes (300 s) from now, and dedupe on `id`.\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookSignature"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/EventEnvelope"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "type": {
                        "const": "exec.workspace_budget_exhausted"
                      }
                    }
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/WebhookAccepted"
          },
          "400": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A project API key, `xero_<project_slug>_<random>`. Scopes: `inference`, `management`, `execution`."
      }
    },
    "headers": {
      "RequestId": {
        "description": "The request's correlation id; quote it to support.",
        "required": true,
        "schema": {
          "type": "string",
          "examples": [
            "req_4b1f0c2d9e8a7f65"
          ]
        }
      },
      "RetryAfter": {
        "description": "How long to wait before retrying, in seconds or as an HTTP-date.",
        "required": true,
        "schema": {
          "type": "string",
          "examples": [
            "3"
          ]
        }
      },
      "RateLimitLimit": {
        "description": "Requests allowed per window for this key.",
        "required": true,
        "schema": {
          "type": "integer",
          "examples": [
            120
          ]
        }
      },
      "RateLimitRemaining": {
        "description": "Requests left in the current window.",
        "required": true,
        "schema": {
          "type": "integer",
          "examples": [
            0
          ]
        }
      },
      "RateLimitReset": {
        "description": "Seconds until the window resets (decided).",
        "required": true,
        "schema": {
          "type": "integer",
          "examples": [
            3
          ]
        }
      }
    },
    "parameters": {
      "WebhookSignature": {
        "name": "X-Webhook-Signature",
        "in": "header",
        "required": true,
        "description": "Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of\n`<X-Webhook-Timestamp>.<raw request body>` (documented).\n",
        "schema": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        },
        "example": "5d41402abc4b2a76b9719d911017c592ae2a1bd1b1b2b4ed1c2b1f0e5d4c3b2a"
      },
      "WebhookTimestamp": {
        "name": "X-Webhook-Timestamp",
        "in": "header",
        "required": true,
        "description": "When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp\nmore than 5 minutes (300 s) old: the replay tolerance.\n",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        },
        "example": "1795510800"
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Page size.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "After": {
        "name": "after",
        "in": "query",
        "description": "Return items after this id (the last id of the previous page).",
        "schema": {
          "type": "string"
        }
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "description": "Makes the POST safe to retry; the first response for a key is replayed for 24 h.",
        "schema": {
          "type": "string",
          "maxLength": 255
        }
      },
      "Traceparent": {
        "name": "traceparent",
        "in": "header",
        "description": "W3C Trace Context (`version-traceid-parentid-flags`, lowercase hex). The server records the trace id of a valid one on the invocation and ignores a malformed one (decided).",
        "schema": {
          "type": "string",
          "maxLength": 512
        }
      },
      "ToolName": {
        "name": "tool_name",
        "in": "path",
        "required": true,
        "description": "The tool's name, e.g. `kubectl_get`.",
        "schema": {
          "type": "string"
        }
      },
      "InvocationId": {
        "name": "invocation_id",
        "in": "path",
        "required": true,
        "description": "The invocation id (`inv_…`).",
        "schema": {
          "type": "string"
        }
      },
      "ApprovalId": {
        "name": "approval_id",
        "in": "path",
        "required": true,
        "description": "The approval id (a UUID).",
        "schema": {
          "type": "string"
        }
      },
      "AgentId": {
        "name": "agent_id",
        "in": "path",
        "required": true,
        "description": "The agent id (`agt_…`).",
        "schema": {
          "type": "string"
        }
      },
      "JoinKeyId": {
        "name": "join_key_id",
        "in": "path",
        "required": true,
        "description": "The join key id (`jk_…`).",
        "schema": {
          "type": "string"
        }
      },
      "WorkspaceId": {
        "name": "workspace_id",
        "in": "path",
        "required": true,
        "description": "The workspace id (`ws_…`).",
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "WebhookAccepted": {
        "description": "Any 2xx within 10 s acknowledges the delivery (documented); the body is ignored."
      },
      "WebhookRejected": {
        "description": "Any other answer (or none within 10 s) fails the attempt; Xerotier retries up to 6 attempts with exponential backoff, then marks the delivery `exhausted` (documented)."
      },
      "BadRequest": {
        "description": "The request is malformed (`invalid_body`, `invalid_request`, `json_parse_error`, `exec_tool_not_found`, `tool_not_mcp_visible`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than the server accepts (`payload_too_large`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "A request body was sent with a content type other than `application/json` (`unsupported_media_type`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The API key is missing or unknown (`authentication_error`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The key lacks a scope (`scope_insufficient`) or belongs to another project\n(`cross_project_access`). A `scope_insufficient` error carries `type:\nauthentication_error` (documented quirk of the real router, though it is an authorization\nfailure): branch on `code`, never on `type`.\n",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "scope_insufficient": {
                "summary": "The key lacks the `execution` scope (documented pairing with `authentication_error`).",
                "value": {
                  "error": {
                    "message": "This API key lacks the execution scope required by /v1/exec/*.",
                    "type": "authentication_error",
                    "code": "scope_insufficient",
                    "param": null
                  }
                }
              },
              "cross_project_access": {
                "summary": "The key belongs to another project.",
                "value": {
                  "error": {
                    "message": "This API key belongs to another project.",
                    "type": "invalid_request_error",
                    "code": "cross_project_access",
                    "param": null
                  }
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource or the project does not exist (`*_not_found`, `project_not_found`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the resource's state (`approval_already_resolved`, `approval_expired`, `idempotency_key_reused`, `invocation_already_finished`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited (`rate_limit_exceeded`, `capacity_exceeded`; retry after `Retry-After`) or over quota (`quota_exceeded`; do not retry).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "x-ratelimit-limit": {
            "$ref": "#/components/headers/RateLimitLimit"
          },
          "x-ratelimit-remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          },
          "x-ratelimit-reset": {
            "$ref": "#/components/headers/RateLimitReset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "InternalError": {
        "description": "The router failed (`internal_error`); retryable. Forward the `x-request-id` to support.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "A dependency is unavailable (`backend_unavailable`, `endpoint_inactive`, `model_provisioning`, `tool_executor_unavailable`); retryable.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      }
    },
    "schemas": {
      "Health": {
        "type": "object",
        "description": "Liveness answer.",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "const": "ok",
            "description": "Always `ok` when the router answers."
          }
        },
        "examples": [
          {
            "status": "ok"
          }
        ]
      },
      "ErrorCode": {
        "description": "Machine-readable error code. An open enum: clients must accept codes not listed here.\n",
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "invalid_body",
              "invalid_request",
              "json_parse_error",
              "exec_tool_not_found",
              "tool_not_mcp_visible",
              "authentication_error",
              "scope_insufficient",
              "cross_project_access",
              "project_not_found",
              "approval_not_found",
              "invocation_not_found",
              "agent_not_found",
              "join_key_not_found",
              "workspace_not_found",
              "binding_not_found",
              "artifact_not_found",
              "approval_already_resolved",
              "approval_expired",
              "idempotency_key_reused",
              "invocation_already_finished",
              "rate_limit_exceeded",
              "capacity_exceeded",
              "quota_exceeded",
              "payload_too_large",
              "unsupported_media_type",
              "internal_error",
              "backend_unavailable",
              "endpoint_inactive",
              "model_provisioning",
              "tool_executor_unavailable"
            ]
          },
          {
            "type": "string"
          }
        ],
        "examples": [
          "exec_tool_not_found"
        ]
      },
      "RetryStrategy": {
        "type": "object",
        "description": "How the server suggests retrying a 429 (decided field types).",
        "required": [
          "type",
          "initial_delay_ms",
          "max_delay_ms",
          "multiplier",
          "jitter"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "Backoff kind, e.g. `exponential`."
          },
          "initial_delay_ms": {
            "type": "integer",
            "minimum": 0,
            "description": "First delay in milliseconds."
          },
          "max_delay_ms": {
            "type": "integer",
            "minimum": 0,
            "description": "Largest delay in milliseconds."
          },
          "multiplier": {
            "type": "number",
            "minimum": 1,
            "description": "Growth factor between attempts."
          },
          "jitter": {
            "type": "boolean",
            "description": "Whether to randomise each delay."
          }
        },
        "examples": [
          {
            "type": "exponential",
            "initial_delay_ms": 500,
            "max_delay_ms": 30000,
            "multiplier": 2,
            "jitter": true
          }
        ]
      },
      "ErrorBody": {
        "type": "object",
        "description": "The error inside the envelope.",
        "required": [
          "message",
          "type"
        ],
        "properties": {
          "message": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "type": {
            "type": "string",
            "description": "Category, e.g. `invalid_request_error`; branch on `code` first."
          },
          "code": {
            "description": "Stable machine-readable code, or null.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/ErrorCode"
              },
              {
                "type": "null"
              }
            ]
          },
          "param": {
            "type": [
              "string",
              "null"
            ],
            "description": "The offending request parameter, or null."
          },
          "retry_after": {
            "type": "integer",
            "minimum": 0,
            "description": "On 429 only. Seconds to wait; mirrors `Retry-After`."
          },
          "retry_strategy": {
            "$ref": "#/components/schemas/RetryStrategy"
          }
        },
        "examples": [
          {
            "message": "Tool 'github.create_repo' is not registered with any online XEM",
            "type": "invalid_request_error",
            "code": "exec_tool_not_found",
            "param": null
          }
        ]
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "Every non-2xx response carries this envelope.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "$ref": "#/components/schemas/ErrorBody"
          }
        },
        "examples": [
          {
            "error": {
              "message": "Rate limit exceeded for this API key.",
              "type": "rate_limit_error",
              "code": "rate_limit_exceeded",
              "param": null,
              "retry_after": 3,
              "retry_strategy": {
                "type": "exponential",
                "initial_delay_ms": 500,
                "max_delay_ms": 30000,
                "multiplier": 2,
                "jitter": true
              }
            }
          }
        ]
      },
      "Risk": {
        "type": "string",
        "description": "Risk level of a tool, ordered `read` < `write` < `destructive` < `irreversible`.",
        "enum": [
          "read",
          "write",
          "destructive",
          "irreversible"
        ],
        "examples": [
          "destructive"
        ]
      },
      "AgentRole": {
        "type": "string",
        "description": "`xem` executes tools; `xim` serves inference.",
        "enum": [
          "xem",
          "xim"
        ],
        "examples": [
          "xem"
        ]
      },
      "AgentStatus": {
        "type": "string",
        "description": "Health of an agent as seen by the router.",
        "enum": [
          "pending",
          "healthy",
          "degraded",
          "offline"
        ],
        "examples": [
          "healthy"
        ]
      },
      "ToolDescriptor": {
        "type": "object",
        "description": "One tool as published in an agent's capability manifest.",
        "required": [
          "name",
          "description",
          "risk",
          "domain",
          "timeout_ms",
          "parameters"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The tool's name."
          },
          "description": {
            "type": "string",
            "description": "What the tool does."
          },
          "risk": {
            "$ref": "#/components/schemas/Risk"
          },
          "domain": {
            "type": "string",
            "description": "The tool family, e.g. `kubernetes`."
          },
          "timeout_ms": {
            "type": "integer",
            "minimum": 1,
            "description": "Declared execution timeout."
          },
          "parameters": {
            "type": "object",
            "description": "JSON Schema of the tool's arguments.",
            "additionalProperties": true
          }
        },
        "examples": [
          {
            "name": "kubectl_drain",
            "description": "Drain a node before maintenance.",
            "risk": "destructive",
            "domain": "kubernetes",
            "timeout_ms": 120000,
            "parameters": {
              "type": "object",
              "properties": {
                "node": {
                  "type": "string"
                }
              },
              "required": [
                "node"
              ]
            }
          }
        ]
      },
      "Manifest": {
        "type": "object",
        "description": "The capability manifest an agent publishes at enrolment and on every lease renewal.",
        "required": [
          "version",
          "hash",
          "tools",
          "workspace_ids"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 0,
            "description": "Bumped when the tool set or bindings change."
          },
          "hash": {
            "type": "string",
            "description": "Digest of the manifest, recomputed each renewal."
          },
          "tools": {
            "type": "array",
            "description": "Every tool the agent can execute.",
            "items": {
              "$ref": "#/components/schemas/ToolDescriptor"
            }
          },
          "workspace_ids": {
            "type": "array",
            "description": "Every workspace the agent serves.",
            "items": {
              "type": "string"
            }
          }
        },
        "examples": [
          {
            "version": 3,
            "hash": "sha256:9f2c1a04b9e7",
            "tools": [],
            "workspace_ids": [
              "ws_8f2c1a04b9e7"
            ]
          }
        ]
      },
      "Agent": {
        "type": "object",
        "description": "An enrolled XEM or XIM agent.",
        "required": [
          "id",
          "object",
          "name",
          "registration_name",
          "role",
          "status",
          "exec_paused",
          "paused_workspace_ids",
          "region",
          "worker_id",
          "last_heartbeat_at",
          "manifest",
          "curve_public_key",
          "curve_rotated_at",
          "created_at"
        ],
        "x-tolerant-required": [
          "id",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^agt_[A-Za-z0-9_]+$",
            "description": "Agent id, `agt_…` (documented prefix)."
          },
          "object": {
            "type": "string",
            "const": "agent",
            "description": "Always `agent`."
          },
          "name": {
            "type": "string",
            "description": "Display name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Free-text description."
          },
          "registration_name": {
            "type": "string",
            "description": "Operator-chosen name, unique per project."
          },
          "role": {
            "$ref": "#/components/schemas/AgentRole"
          },
          "status": {
            "$ref": "#/components/schemas/AgentStatus"
          },
          "exec_paused": {
            "type": "boolean",
            "description": "True when dispatch to the agent is paused for every workspace."
          },
          "paused_workspace_ids": {
            "type": "array",
            "description": "Workspaces for which dispatch to this agent is paused.",
            "items": {
              "type": "string"
            }
          },
          "region": {
            "type": "string",
            "description": "Region inherited from the join key."
          },
          "worker_id": {
            "type": "string",
            "description": "The worker process identity."
          },
          "last_heartbeat_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "Time of the last lease renewal."
          },
          "manifest": {
            "$ref": "#/components/schemas/Manifest"
          },
          "curve_public_key": {
            "type": "string",
            "description": "The agent's current Curve25519 public key (Z85)."
          },
          "curve_rotated_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "Time of the last CURVE rotation."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "Enrolment time."
          }
        },
        "examples": [
          {
            "id": "agt_xem_fleet_01",
            "object": "agent",
            "name": "xem-jumphost-01",
            "description": null,
            "registration_name": "xem-jumphost-01",
            "role": "xem",
            "status": "healthy",
            "exec_paused": false,
            "paused_workspace_ids": [],
            "region": "us-east-1",
            "worker_id": "wrk_7f3a",
            "last_heartbeat_at": "2026-11-24T09:00:00Z",
            "manifest": {
              "version": 3,
              "hash": "sha256:9f2c1a04b9e7",
              "tools": [],
              "workspace_ids": [
                "ws_8f2c1a04b9e7"
              ]
            },
            "curve_public_key": "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7",
            "curve_rotated_at": null,
            "created_at": "2026-11-20T12:00:00Z"
          }
        ]
      },
      "AgentList": {
        "type": "object",
        "description": "A page of agents.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Agent"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "AgentUpdate": {
        "type": "object",
        "description": "Fields of an agent that can be changed.",
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "New display name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "New description."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "name": "xem-jumphost-02"
          }
        ]
      },
      "DeletedAgent": {
        "type": "object",
        "description": "Confirms an agent was removed.",
        "required": [
          "id",
          "object",
          "deleted"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The removed agent's id."
          },
          "object": {
            "type": "string",
            "const": "agent",
            "description": "Always `agent`."
          },
          "deleted": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          }
        },
        "examples": [
          {
            "id": "agt_xem_fleet_01",
            "object": "agent",
            "deleted": true
          }
        ]
      },
      "ExecScope": {
        "type": "object",
        "description": "Which workspace a pause or resume applies to; omit `workspace_id` for all of them.",
        "properties": {
          "workspace_id": {
            "type": "string",
            "description": "Limit the change to this workspace."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "workspace_id": "ws_8f2c1a04b9e7"
          }
        ]
      },
      "CurveRotateRequest": {
        "type": "object",
        "description": "Why the keys are rotated (recorded in the audit log).",
        "properties": {
          "reason": {
            "type": "string",
            "maxLength": 500,
            "description": "Free-text reason."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "reason": "quarterly rotation"
          }
        ]
      },
      "CurveRotation": {
        "type": "object",
        "description": "The result of a CURVE key rotation.",
        "required": [
          "object",
          "agent_id",
          "rotated_at",
          "curve_public_key"
        ],
        "x-tolerant-required": [
          "agent_id"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "curve_rotation",
            "description": "Always `curve_rotation`."
          },
          "agent_id": {
            "type": "string",
            "description": "The rotated agent."
          },
          "rotated_at": {
            "type": "string",
            "format": "date-time",
            "description": "The cut-over time recorded in the audit log."
          },
          "curve_public_key": {
            "type": "string",
            "description": "The new public key."
          }
        },
        "examples": [
          {
            "object": "curve_rotation",
            "agent_id": "agt_xem_fleet_01",
            "rotated_at": "2026-11-24T09:05:00Z",
            "curve_public_key": "Yne@$w-vo<fVvi]a<NY6T1ed:M$fCG*[IaLV{hID"
          }
        ]
      },
      "AgentLifecycleEvent": {
        "type": "object",
        "description": "One entry in an agent's lifecycle log.",
        "required": [
          "id",
          "object",
          "agent_id",
          "type",
          "created_at",
          "details"
        ],
        "x-tolerant-required": [
          "id",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^evt_[A-Za-z0-9_]+$",
            "description": "Event id, `evt_…`."
          },
          "object": {
            "type": "string",
            "const": "agent_event",
            "description": "Always `agent_event`."
          },
          "agent_id": {
            "type": "string",
            "description": "The agent."
          },
          "type": {
            "type": "string",
            "description": "What happened.",
            "enum": [
              "enrolled",
              "status_changed",
              "exec_paused",
              "exec_resumed",
              "curve_rotated",
              "manifest_updated",
              "bound",
              "unbound"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When it happened."
          },
          "details": {
            "type": "object",
            "description": "Type-specific details (e.g. `from`/`to` status, `workspace_id`, `reason`).",
            "additionalProperties": true
          }
        },
        "examples": [
          {
            "id": "evt_01J9Z",
            "object": "agent_event",
            "agent_id": "agt_xem_fleet_01",
            "type": "exec_paused",
            "created_at": "2026-11-24T09:00:00Z",
            "details": {
              "workspace_id": null
            }
          }
        ]
      },
      "AgentLifecycleEventList": {
        "type": "object",
        "description": "A page of lifecycle events.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgentLifecycleEvent"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "JoinKeyStatus": {
        "type": "string",
        "description": "Lifecycle of a join key.",
        "enum": [
          "active",
          "consumed",
          "revoked",
          "expired"
        ],
        "examples": [
          "active"
        ]
      },
      "JoinKey": {
        "type": "object",
        "description": "A single-use enrolment key, without its secret.",
        "required": [
          "id",
          "object",
          "name",
          "region",
          "router_addr",
          "role",
          "status",
          "expires_at",
          "created_at"
        ],
        "x-tolerant-required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^jk_[A-Za-z0-9_]+$",
            "description": "Join key id, `jk_…` (documented prefix)."
          },
          "object": {
            "type": "string",
            "const": "join_key",
            "description": "Always `join_key`."
          },
          "name": {
            "type": "string",
            "description": "Operator-chosen name."
          },
          "region": {
            "type": "string",
            "description": "Region given to the agent it enrols."
          },
          "router_addr": {
            "type": "string",
            "description": "Router address the agent dials, e.g. `tcp://router.example.com:5555`."
          },
          "role": {
            "$ref": "#/components/schemas/AgentRole"
          },
          "status": {
            "$ref": "#/components/schemas/JoinKeyStatus"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time",
            "description": "After this the key can no longer enrol."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "Mint time."
          },
          "consumed_by_agent_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The agent it enrolled, once consumed."
          }
        },
        "examples": [
          {
            "id": "jk_5e1b9a",
            "object": "join_key",
            "name": "edge-east",
            "region": "us-east-1",
            "router_addr": "tcp://router.example.com:5555",
            "role": "xem",
            "status": "active",
            "expires_at": "2026-11-25T09:00:00Z",
            "created_at": "2026-11-24T09:00:00Z",
            "consumed_by_agent_id": null
          }
        ]
      },
      "JoinKeyWithSecret": {
        "description": "A join key as minted, with the secret `key` shown this once.",
        "allOf": [
          {
            "$ref": "#/components/schemas/JoinKey"
          },
          {
            "type": "object",
            "required": [
              "key"
            ],
            "properties": {
              "key": {
                "type": "string",
                "description": "The secret to hand to the agent as `XEM_JOIN_KEY`. Shown once."
              }
            }
          }
        ],
        "examples": [
          {
            "id": "jk_5e1b9a",
            "object": "join_key",
            "name": "edge-east",
            "region": "us-east-1",
            "router_addr": "tcp://router.example.com:5555",
            "role": "xem",
            "status": "active",
            "expires_at": "2026-11-25T09:00:00Z",
            "created_at": "2026-11-24T09:00:00Z",
            "consumed_by_agent_id": null,
            "key": "jk_live_3q9XfJ2kLm8s"
          }
        ]
      },
      "JoinKeyCreate": {
        "type": "object",
        "description": "What to mint.",
        "required": [
          "name",
          "region",
          "router_addr"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "Operator-chosen name."
          },
          "region": {
            "type": "string",
            "minLength": 1,
            "maxLength": 24,
            "description": "Region for the enrolled agent."
          },
          "router_addr": {
            "type": "string",
            "pattern": "^tcp://[^\\s/]+:[0-9]+$",
            "description": "Router address, `tcp://<host>:<port>`."
          },
          "role": {
            "$ref": "#/components/schemas/AgentRole"
          },
          "expires_in_hours": {
            "type": "integer",
            "minimum": 1,
            "maximum": 720,
            "default": 24,
            "description": "Lifetime of the key."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "name": "edge-east",
            "region": "us-east-1",
            "router_addr": "tcp://router.example.com:5555"
          }
        ]
      },
      "JoinKeyList": {
        "type": "object",
        "description": "A page of join keys.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/JoinKey"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "Workspace": {
        "type": "object",
        "description": "An operational workspace.",
        "required": [
          "id",
          "object",
          "name",
          "type",
          "agent_ids",
          "created_at"
        ],
        "x-tolerant-required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^ws_[A-Za-z0-9_]+$",
            "description": "Workspace id, `ws_…` (documented prefix)."
          },
          "object": {
            "type": "string",
            "const": "workspace",
            "description": "Always `workspace`."
          },
          "name": {
            "type": "string",
            "description": "Display name, e.g. `kubernetes-prod`."
          },
          "type": {
            "type": "string",
            "description": "Workspace type, e.g. `kubernetes`."
          },
          "agent_ids": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Agents bound to serve it."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "Creation time."
          }
        },
        "examples": [
          {
            "id": "ws_8f2c1a04b9e7",
            "object": "workspace",
            "name": "kubernetes-prod",
            "type": "kubernetes",
            "agent_ids": [
              "agt_xem_fleet_01"
            ],
            "created_at": "2026-11-01T00:00:00Z"
          }
        ]
      },
      "WorkspaceList": {
        "type": "object",
        "description": "A page of workspaces.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Workspace"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "WorkspaceBinding": {
        "type": "object",
        "description": "An agent bound to serve a workspace.",
        "required": [
          "id",
          "object",
          "workspace_id",
          "agent_id",
          "created_at"
        ],
        "x-tolerant-required": [
          "workspace_id",
          "agent_id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Binding id, `<workspace_id>:<agent_id>`; pagination cursor."
          },
          "object": {
            "type": "string",
            "const": "workspace_binding",
            "description": "Always `workspace_binding`."
          },
          "workspace_id": {
            "type": "string",
            "description": "The workspace."
          },
          "agent_id": {
            "type": "string",
            "description": "The agent."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the binding was made."
          }
        },
        "examples": [
          {
            "id": "ws_8f2c1a04b9e7:agt_xem_fleet_01",
            "object": "workspace_binding",
            "workspace_id": "ws_8f2c1a04b9e7",
            "agent_id": "agt_xem_fleet_01",
            "created_at": "2026-11-01T00:00:00Z"
          }
        ]
      },
      "WorkspaceBindingCreate": {
        "type": "object",
        "description": "The agent to bind.",
        "required": [
          "agent_id"
        ],
        "properties": {
          "agent_id": {
            "type": "string",
            "description": "The agent."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "agent_id": "agt_xem_fleet_01"
          }
        ]
      },
      "WorkspaceBindingList": {
        "type": "object",
        "description": "A page of bindings.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WorkspaceBinding"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "DeletedWorkspaceBinding": {
        "type": "object",
        "description": "Confirms a binding was removed.",
        "required": [
          "object",
          "workspace_id",
          "agent_id",
          "deleted"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "workspace_binding",
            "description": "Always `workspace_binding`."
          },
          "workspace_id": {
            "type": "string",
            "description": "The workspace."
          },
          "agent_id": {
            "type": "string",
            "description": "The agent."
          },
          "deleted": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          }
        },
        "examples": [
          {
            "object": "workspace_binding",
            "workspace_id": "ws_8f2c1a04b9e7",
            "agent_id": "agt_xem_fleet_01",
            "deleted": true
          }
        ]
      },
      "Tool": {
        "type": "object",
        "description": "A tool in the catalogue, with the agents that publish it.",
        "required": [
          "object",
          "name",
          "description",
          "risk",
          "domain",
          "timeout_ms",
          "parameters",
          "agent_ids"
        ],
        "x-tolerant-required": [
          "name"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "tool",
            "description": "Always `tool`."
          },
          "name": {
            "type": "string",
            "description": "The tool's name; also its id for pagination."
          },
          "description": {
            "type": "string",
            "description": "What the tool does."
          },
          "risk": {
            "$ref": "#/components/schemas/Risk"
          },
          "domain": {
            "type": "string",
            "description": "The tool family."
          },
          "timeout_ms": {
            "type": "integer",
            "minimum": 1,
            "description": "Declared execution timeout."
          },
          "parameters": {
            "type": "object",
            "additionalProperties": true,
            "description": "JSON Schema of the arguments."
          },
          "agent_ids": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Online agents publishing the tool."
          }
        },
        "examples": [
          {
            "object": "tool",
            "name": "kubectl_get",
            "description": "Read Kubernetes resources.",
            "risk": "read",
            "domain": "kubernetes",
            "timeout_ms": 30000,
            "parameters": {
              "type": "object",
              "properties": {
                "resource": {
                  "type": "string"
                }
              }
            },
            "agent_ids": [
              "agt_xem_fleet_01"
            ]
          }
        ]
      },
      "ToolList": {
        "type": "object",
        "description": "A page of tools. Items have no `id`; the cursor is the tool `name`.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tool"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "InvocationStatus": {
        "type": "string",
        "description": "Lifecycle of an invocation: `queued` → `dispatched` → `running` → `completed` | `failed` |\n`timeout`; gated calls pass through `pending_approval` and may end `rejected`; any\nunfinished call may end `cancelled`.\n",
        "enum": [
          "queued",
          "pending_approval",
          "dispatched",
          "running",
          "completed",
          "failed",
          "timeout",
          "cancelled",
          "rejected"
        ],
        "x-final": [
          "completed",
          "failed",
          "timeout",
          "cancelled",
          "rejected"
        ],
        "examples": [
          "running"
        ]
      },
      "InvocationTransition": {
        "type": "object",
        "description": "One state change of an invocation.",
        "required": [
          "from",
          "to",
          "at",
          "actor"
        ],
        "properties": {
          "from": {
            "description": "The previous status; null for the first entry.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/InvocationStatus"
              },
              {
                "type": "null"
              }
            ]
          },
          "to": {
            "$ref": "#/components/schemas/InvocationStatus"
          },
          "at": {
            "type": "string",
            "format": "date-time",
            "description": "When it happened."
          },
          "actor": {
            "type": "string",
            "description": "Who caused it: `system`, `agent:<id>`, `user:<name>`, `api_key:<prefix>`."
          },
          "reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why, when known."
          }
        },
        "examples": [
          {
            "from": "pending_approval",
            "to": "dispatched",
            "at": "2026-11-24T09:01:00Z",
            "actor": "api_key:xero_demo",
            "reason": "approved"
          }
        ]
      },
      "InvocationError": {
        "type": "object",
        "description": "Why an invocation failed.",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Machine-readable cause, e.g. `non_zero_exit`, `tool_timeout`."
          },
          "message": {
            "type": "string",
            "description": "Human-readable cause."
          }
        },
        "examples": [
          {
            "code": "non_zero_exit",
            "message": "kubectl exited with status 1"
          }
        ]
      },
      "Invocation": {
        "type": "object",
        "description": "A governed tool call and its whole lifecycle.",
        "required": [
          "id",
          "object",
          "workspace_id",
          "tool_name",
          "arguments",
          "risk",
          "status",
          "agent_id",
          "approval_ids",
          "exit_code",
          "created_at",
          "started_at",
          "finished_at",
          "duration_ms",
          "error",
          "transitions"
        ],
        "x-tolerant-required": [
          "id",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^inv_[A-Za-z0-9_]+$",
            "description": "Invocation id, `inv_…` (also the execution id; prefix decided)."
          },
          "object": {
            "type": "string",
            "const": "invocation",
            "description": "Always `invocation`."
          },
          "workspace_id": {
            "type": "string",
            "description": "The workspace."
          },
          "tool_name": {
            "type": "string",
            "description": "The tool called."
          },
          "arguments": {
            "type": "object",
            "additionalProperties": true,
            "description": "The call's arguments."
          },
          "risk": {
            "$ref": "#/components/schemas/Risk"
          },
          "status": {
            "$ref": "#/components/schemas/InvocationStatus"
          },
          "agent_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The agent it was dispatched to, once dispatched."
          },
          "approval_ids": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Approvals requested for this call."
          },
          "exit_code": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The tool's exit code, once finished."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When it was requested."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it started running."
          },
          "finished_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it reached a final status."
          },
          "duration_ms": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "description": "Running time, once finished."
          },
          "error": {
            "description": "Why it failed, or null.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/InvocationError"
              },
              {
                "type": "null"
              }
            ]
          },
          "transitions": {
            "type": "array",
            "description": "Every state change, oldest first.",
            "items": {
              "$ref": "#/components/schemas/InvocationTransition"
            }
          },
          "trace_id": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^[0-9a-f]{32}$",
            "description": "The W3C trace id of the valid `traceparent` header the create request carried (32 lowercase hex digits); absent or null when it carried none (decided)."
          }
        },
        "examples": [
          {
            "id": "inv_7Q2b9x",
            "object": "invocation",
            "workspace_id": "ws_8f2c1a04b9e7",
            "tool_name": "kubectl_drain",
            "arguments": {
              "node": "node-7"
            },
            "risk": "destructive",
            "status": "completed",
            "agent_id": "agt_xem_fleet_01",
            "approval_ids": [
              "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10"
            ],
            "exit_code": 0,
            "created_at": "2026-11-24T09:00:00Z",
            "started_at": "2026-11-24T09:01:00Z",
            "finished_at": "2026-11-24T09:01:30Z",
            "duration_ms": 30000,
            "error": null,
            "transitions": [
              {
                "from": null,
                "to": "pending_approval",
                "at": "2026-11-24T09:00:00Z",
                "actor": "api_key:xero_demo",
                "reason": null
              },
              {
                "from": "pending_approval",
                "to": "dispatched",
                "at": "2026-11-24T09:01:00Z",
                "actor": "user:alice",
                "reason": "approved"
              }
            ]
          }
        ]
      },
      "InvocationCreate": {
        "type": "object",
        "description": "A tool call to make.",
        "required": [
          "workspace_id",
          "tool_name"
        ],
        "properties": {
          "workspace_id": {
            "type": "string",
            "description": "The workspace to run it in."
          },
          "tool_name": {
            "type": "string",
            "description": "The tool to call."
          },
          "arguments": {
            "type": "object",
            "additionalProperties": true,
            "default": {},
            "description": "Arguments matching the tool's parameter schema."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "workspace_id": "ws_8f2c1a04b9e7",
            "tool_name": "kubectl_get",
            "arguments": {
              "resource": "pods"
            }
          }
        ]
      },
      "InvocationList": {
        "type": "object",
        "description": "A page of invocations.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Invocation"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "ArtifactRef": {
        "type": "object",
        "description": "An artifact a tool call produced, read through the chat artifact API.",
        "required": [
          "id",
          "name",
          "media_type",
          "size_bytes",
          "chat_id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^cart_[A-Za-z0-9_]+$",
            "description": "Artifact id, `cart_…` (documented prefix)."
          },
          "name": {
            "type": "string",
            "description": "File name."
          },
          "media_type": {
            "type": "string",
            "description": "MIME type."
          },
          "size_bytes": {
            "type": "integer",
            "minimum": 0,
            "description": "Size of the content."
          },
          "chat_id": {
            "type": "string",
            "description": "The chat that owns it."
          }
        },
        "examples": [
          {
            "id": "cart_1a2b3c",
            "name": "drain-report.txt",
            "media_type": "text/plain",
            "size_bytes": 512,
            "chat_id": "chat_9z8y"
          }
        ]
      },
      "InvocationOutput": {
        "type": "object",
        "description": "The raw output of an invocation.",
        "required": [
          "object",
          "invocation_id",
          "stdout",
          "stderr",
          "exit_code",
          "truncated",
          "artifacts"
        ],
        "x-tolerant-required": [
          "invocation_id"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "invocation_output",
            "description": "Always `invocation_output`."
          },
          "invocation_id": {
            "type": "string",
            "description": "The invocation."
          },
          "stdout": {
            "type": "string",
            "description": "Standard output."
          },
          "stderr": {
            "type": "string",
            "description": "Standard error."
          },
          "exit_code": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Exit code, or null if it never ran."
          },
          "truncated": {
            "type": "boolean",
            "description": "Whether stdout or stderr was cut."
          },
          "artifacts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ArtifactRef"
            },
            "description": "Artifacts it produced."
          }
        },
        "examples": [
          {
            "object": "invocation_output",
            "invocation_id": "inv_7Q2b9x",
            "stdout": "node/node-7 drained\n",
            "stderr": "",
            "exit_code": 0,
            "truncated": false,
            "artifacts": []
          }
        ]
      },
      "ArtifactContent": {
        "type": "object",
        "description": "An artifact and its content.",
        "required": [
          "id",
          "object",
          "chat_id",
          "name",
          "media_type",
          "size_bytes",
          "encoding",
          "content"
        ],
        "x-tolerant-required": [
          "id",
          "content"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^cart_[A-Za-z0-9_]+$",
            "description": "Artifact id, `cart_…` (documented prefix)."
          },
          "object": {
            "type": "string",
            "const": "artifact",
            "description": "Always `artifact`."
          },
          "chat_id": {
            "type": "string",
            "description": "The owning chat."
          },
          "name": {
            "type": "string",
            "description": "File name."
          },
          "media_type": {
            "type": "string",
            "description": "MIME type."
          },
          "size_bytes": {
            "type": "integer",
            "minimum": 0,
            "description": "Size of the decoded content."
          },
          "encoding": {
            "type": "string",
            "enum": [
              "utf-8",
              "base64"
            ],
            "description": "How `content` is encoded."
          },
          "content": {
            "type": "string",
            "description": "The content."
          }
        },
        "examples": [
          {
            "id": "cart_1a2b3c",
            "object": "artifact",
            "chat_id": "chat_9z8y",
            "name": "drain-report.txt",
            "media_type": "text/plain",
            "size_bytes": 21,
            "encoding": "utf-8",
            "content": "node/node-7 drained\n"
          }
        ]
      },
      "ApprovalStatus": {
        "type": "string",
        "description": "Lifecycle of an approval.",
        "enum": [
          "pending",
          "approved",
          "rejected",
          "escalated",
          "timed_out"
        ],
        "examples": [
          "pending"
        ]
      },
      "ToolCall": {
        "type": "object",
        "description": "The tool call awaiting a decision.",
        "required": [
          "name",
          "arguments"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The tool."
          },
          "arguments": {
            "type": "object",
            "additionalProperties": true,
            "description": "Its arguments."
          }
        },
        "examples": [
          {
            "name": "kubectl_drain",
            "arguments": {
              "node": "node-7"
            }
          }
        ]
      },
      "Approval": {
        "type": "object",
        "description": "A request for a human decision on a gated tool call.",
        "required": [
          "id",
          "object",
          "status",
          "risk",
          "workspace_id",
          "agent_id",
          "invocation_id",
          "tool_name",
          "tool_call",
          "prompt",
          "timeout_seconds",
          "expires_at",
          "created_at",
          "decided_at",
          "decided_by",
          "note",
          "escalation_level"
        ],
        "x-tolerant-required": [
          "id",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "description": "Approval id (a UUID, documented)."
          },
          "object": {
            "type": "string",
            "const": "approval",
            "description": "Always `approval`."
          },
          "status": {
            "$ref": "#/components/schemas/ApprovalStatus"
          },
          "risk": {
            "$ref": "#/components/schemas/Risk"
          },
          "workspace_id": {
            "type": "string",
            "description": "The workspace."
          },
          "agent_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The agent the call will be routed to, when known."
          },
          "invocation_id": {
            "type": "string",
            "description": "The gated invocation."
          },
          "tool_name": {
            "type": "string",
            "description": "The tool."
          },
          "tool_call": {
            "$ref": "#/components/schemas/ToolCall"
          },
          "prompt": {
            "type": "string",
            "description": "The chat prompt that led to the call."
          },
          "timeout_seconds": {
            "type": "integer",
            "minimum": 1,
            "description": "Wait before timing out (900 destructive, 3600 irreversible by default)."
          },
          "expires_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the current stage times out."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When it was requested."
          },
          "decided_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it was decided."
          },
          "decided_by": {
            "type": [
              "string",
              "null"
            ],
            "description": "Who decided it."
          },
          "note": {
            "type": [
              "string",
              "null"
            ],
            "description": "The reviewer's note."
          },
          "escalation_level": {
            "type": "integer",
            "minimum": 0,
            "description": "How many times it escalated to the next stage."
          }
        },
        "examples": [
          {
            "id": "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10",
            "object": "approval",
            "status": "pending",
            "risk": "destructive",
            "workspace_id": "ws_8f2c1a04b9e7",
            "agent_id": "agt_xem_fleet_01",
            "invocation_id": "inv_7Q2b9x",
            "tool_name": "kubectl_drain",
            "tool_call": {
              "name": "kubectl_drain",
              "arguments": {
                "node": "node-7"
              }
            },
            "prompt": "Drain node-7 before the kernel upgrade.",
            "timeout_seconds": 900,
            "expires_at": "2026-11-24T09:15:00Z",
            "created_at": "2026-11-24T09:00:00Z",
            "decided_at": null,
            "decided_by": null,
            "note": null,
            "escalation_level": 0
          }
        ]
      },
      "ApprovalList": {
        "type": "object",
        "description": "A page of approvals.",
        "required": [
          "object",
          "data",
          "has_more"
        ],
        "x-tolerant-required": [
          "data"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "description": "Always `list`."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Approval"
            },
            "description": "The page."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows."
          }
        },
        "examples": [
          {
            "object": "list",
            "data": [],
            "has_more": false
          }
        ]
      },
      "ApprovalDecision": {
        "type": "object",
        "description": "An optional note recorded with the decision.",
        "properties": {
          "note": {
            "type": "string",
            "maxLength": 2000,
            "description": "Why the request was approved or rejected."
          }
        },
        "additionalProperties": false,
        "examples": [
          {
            "note": "change window CHG-1042"
          }
        ]
      },
      "EventType": {
        "type": "string",
        "description": "The documented event types (an open set; consumers must tolerate others).",
        "enum": [
          "exec.dispatched",
          "exec.completed",
          "exec.failed",
          "exec.timeout",
          "exec.approval_requested",
          "exec.approved",
          "exec.rejected",
          "exec.approval_escalated",
          "exec.approval_timed_out",
          "exec.agent_enrolled",
          "exec.agent_offline"
        ],
        "examples": [
          "exec.approval_requested"
        ]
      },
      "EventEnvelope": {
        "type": "object",
        "description": "The envelope every event shares, on the event stream and in webhooks; `type` is open.",
        "required": [
          "id",
          "object",
          "type",
          "created_at",
          "data"
        ],
        "x-tolerant-required": [
          "id",
          "type",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "pattern": "^evt_[A-Za-z0-9_]+$",
            "description": "Event id, `evt_…` (documented prefix); dedupe on it."
          },
          "object": {
            "type": "string",
            "const": "event",
            "description": "Always `event`."
          },
          "type": {
            "description": "The event type; documented types or any other string.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/EventType"
              },
              {
                "type": "string",
                "minLength": 1
              }
            ]
          },
          "created_at": {
            "type": "integer",
            "description": "Unix seconds."
          },
          "data": {
            "type": "object",
            "additionalProperties": true,
            "description": "The resource the event is about."
          }
        },
        "examples": [
          {
            "id": "evt_01J9ZK3F",
            "object": "event",
            "type": "exec.future_thing",
            "created_at": 1795510800,
            "data": {}
          }
        ]
      },
      "ApprovalEvent": {
        "type": "object",
        "description": "An approval was requested, decided, escalated or timed out; `data` is the approval.",
        "required": [
          "id",
          "object",
          "type",
          "created_at",
          "data"
        ],
        "x-tolerant-required": [
          "id",
          "type",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^evt_[A-Za-z0-9_]+$",
            "description": "Event id, `evt_…` (documented prefix); dedupe on it."
          },
          "object": {
            "type": "string",
            "const": "event",
            "description": "Always `event`."
          },
          "type": {
            "type": "string",
            "description": "The approval event type.",
            "enum": [
              "exec.approval_requested",
              "exec.approved",
              "exec.rejected",
              "exec.approval_escalated",
              "exec.approval_timed_out"
            ]
          },
          "created_at": {
            "type": "integer",
            "description": "Unix seconds."
          },
          "data": {
            "$ref": "#/components/schemas/Approval"
          }
        },
        "examples": [
          {
            "id": "evt_01J9ZK3F",
            "object": "event",
            "type": "exec.approval_requested",
            "created_at": 1795510800,
            "data": {
              "id": "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10",
              "object": "approval",
              "status": "pending",
              "risk": "destructive",
              "workspace_id": "ws_8f2c1a04b9e7",
              "agent_id": "agt_xem_fleet_01",
              "invocation_id": "inv_7Q2b9x",
              "tool_name": "kubectl_drain",
              "tool_call": {
                "name": "kubectl_drain",
                "arguments": {
                  "node": "node-7"
                }
              },
              "prompt": "Drain node-7 before the kernel upgrade.",
              "timeout_seconds": 900,
              "expires_at": "2026-11-24T09:15:00Z",
              "created_at": "2026-11-24T09:00:00Z",
              "decided_at": null,
              "decided_by": null,
              "note": null,
              "escalation_level": 0
            }
          }
        ]
      },
      "InvocationEvent": {
        "type": "object",
        "description": "An invocation was dispatched or finished; `data` is the invocation.",
        "required": [
          "id",
          "object",
          "type",
          "created_at",
          "data"
        ],
        "x-tolerant-required": [
          "id",
          "type",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^evt_[A-Za-z0-9_]+$",
            "description": "Event id, `evt_…` (documented prefix); dedupe on it."
          },
          "object": {
            "type": "string",
            "const": "event",
            "description": "Always `event`."
          },
          "type": {
            "type": "string",
            "description": "The exec event type.",
            "enum": [
              "exec.dispatched",
              "exec.completed",
              "exec.failed",
              "exec.timeout"
            ]
          },
          "created_at": {
            "type": "integer",
            "description": "Unix seconds."
          },
          "data": {
            "$ref": "#/components/schemas/Invocation"
          }
        },
        "examples": [
          {
            "id": "evt_01J9ZK4A",
            "object": "event",
            "type": "exec.completed",
            "created_at": 1795510890,
            "data": {
              "id": "inv_7Q2b9x",
              "object": "invocation",
              "workspace_id": "ws_8f2c1a04b9e7",
              "tool_name": "kubectl_get",
              "arguments": {
                "resource": "pods"
              },
              "risk": "read",
              "status": "completed",
              "agent_id": "agt_xem_fleet_01",
              "approval_ids": [],
              "exit_code": 0,
              "created_at": "2026-11-24T09:00:00Z",
              "started_at": "2026-11-24T09:00:01Z",
              "finished_at": "2026-11-24T09:00:02Z",
              "duration_ms": 1000,
              "error": null,
              "transitions": []
            }
          }
        ]
      },
      "AgentStatusEvent": {
        "type": "object",
        "description": "An agent enrolled or went offline; `data` is the agent.",
        "required": [
          "id",
          "object",
          "type",
          "created_at",
          "data"
        ],
        "x-tolerant-required": [
          "id",
          "type",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^evt_[A-Za-z0-9_]+$",
            "description": "Event id, `evt_…` (documented prefix); dedupe on it."
          },
          "object": {
            "type": "string",
            "const": "event",
            "description": "Always `event`."
          },
          "type": {
            "type": "string",
            "description": "The agent event type.",
            "enum": [
              "exec.agent_enrolled",
              "exec.agent_offline"
            ]
          },
          "created_at": {
            "type": "integer",
            "description": "Unix seconds."
          },
          "data": {
            "$ref": "#/components/schemas/Agent"
          }
        },
        "examples": [
          {
            "id": "evt_01J9ZK5B",
            "object": "event",
            "type": "exec.agent_offline",
            "created_at": 1795510900,
            "data": {
              "id": "agt_xem_fleet_02",
              "object": "agent",
              "name": "xem-edge-02",
              "description": null,
              "registration_name": "xem-edge-02",
              "role": "xem",
              "status": "offline",
              "exec_paused": false,
              "paused_workspace_ids": [],
              "region": "eu-west-1",
              "worker_id": "wrk_8b1c",
              "last_heartbeat_at": "2026-11-24T08:00:00Z",
              "manifest": {
                "version": 1,
                "hash": "sha256:00aa",
                "tools": [],
                "workspace_ids": []
              },
              "curve_public_key": "abc",
              "curve_rotated_at": null,
              "created_at": "2026-11-20T12:00:00Z"
            }
          }
        ]
      },
      "Event": {
        "description": "A typed event. Consumers must also accept envelopes of other types (see `EventEnvelope`).",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ApprovalEvent"
          },
          {
            "$ref": "#/components/schemas/InvocationEvent"
          },
          {
            "$ref": "#/components/schemas/AgentStatusEvent"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "exec.approval_requested": "#/components/schemas/ApprovalEvent",
            "exec.approved": "#/components/schemas/ApprovalEvent",
            "exec.rejected": "#/components/schemas/ApprovalEvent",
            "exec.approval_escalated": "#/components/schemas/ApprovalEvent",
            "exec.approval_timed_out": "#/components/schemas/ApprovalEvent",
            "exec.dispatched": "#/components/schemas/InvocationEvent",
            "exec.completed": "#/components/schemas/InvocationEvent",
            "exec.failed": "#/components/schemas/InvocationEvent",
            "exec.timeout": "#/components/schemas/InvocationEvent",
            "exec.agent_enrolled": "#/components/schemas/AgentStatusEvent",
            "exec.agent_offline": "#/components/schemas/AgentStatusEvent"
          }
        },
        "examples": [
          {
            "id": "evt_01J9ZK4A",
            "object": "event",
            "type": "exec.dispatched",
            "created_at": 1795510890,
            "data": {
              "id": "inv_7Q2b9x",
              "object": "invocation",
              "workspace_id": "ws_8f2c1a04b9e7",
              "tool_name": "kubectl_get",
              "arguments": {
                "resource": "pods"
              },
              "risk": "read",
              "status": "dispatched",
              "agent_id": "agt_xem_fleet_01",
              "approval_ids": [],
              "exit_code": null,
              "created_at": "2026-11-24T09:00:00Z",
              "started_at": null,
              "finished_at": null,
              "duration_ms": null,
              "error": null,
              "transitions": []
            }
          }
        ]
      },
      "UnknownEvent": {
        "description": "An envelope whose `type` is none of the documented `EventType`s. A known type never falls\nback to this schema, so an `exec.approved` frame carrying an invocation is invalid.\n",
        "allOf": [
          {
            "$ref": "#/components/schemas/EventEnvelope"
          },
          {
            "type": "object",
            "properties": {
              "type": {
                "not": {
                  "$ref": "#/components/schemas/EventType"
                }
              }
            }
          }
        ],
        "examples": [
          {
            "id": "evt_01J9ZK3F",
            "object": "event",
            "type": "exec.future_thing",
            "created_at": 1795510800,
            "data": {}
          }
        ]
      },
      "EventStreamData": {
        "description": "The `data:` line of one event-stream frame: a typed `Event` (strict per type), an envelope\nof an undocumented type, the `stream.reset` notice or the `stream.open` resume point.\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/Event"
          },
          {
            "$ref": "#/components/schemas/UnknownEvent"
          },
          {
            "$ref": "#/components/schemas/StreamReset"
          },
          {
            "$ref": "#/components/schemas/StreamOpen"
          }
        ],
        "examples": [
          {
            "object": "stream.reset",
            "reason": "last_event_id is older than the retained history",
            "last_event_id": "evt_000001"
          }
        ]
      },
      "StreamOpen": {
        "type": "object",
        "description": "Data of the `stream.open` frame sent first on every connection: the resume point, also sent as the frame's `id:` (absent when null). It is the newest event id, or on a resumed connection the requested `Last-Event-ID`.",
        "required": [
          "latest_event_id"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "stream.open",
            "description": "Always `stream.open`."
          },
          "latest_event_id": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^evt_[A-Za-z0-9_]+$",
            "description": "The resume point; null when the server holds no event yet."
          }
        },
        "examples": [
          {
            "object": "stream.open",
            "latest_event_id": "evt_00000022"
          }
        ]
      },
      "StreamReset": {
        "type": "object",
        "description": "Data of the `stream.reset` frame: the requested `Last-Event-ID` is older than the history the server holds; re-list.",
        "required": [
          "object",
          "reason",
          "last_event_id"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "stream.reset",
            "description": "Always `stream.reset`."
          },
          "reason": {
            "type": "string",
            "description": "Why the stream could not resume."
          },
          "last_event_id": {
            "type": "string",
            "description": "The id the client asked to resume after."
          }
        },
        "examples": [
          {
            "object": "stream.reset",
            "reason": "last_event_id is older than the retained history",
            "last_event_id": "evt_000001"
          }
        ]
      }
    }
  }
};
