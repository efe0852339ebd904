// A server that follows the public Xerotier contract but not every decision of our spec must still
// get every approval to the consumer: streamEvents delivers each drifted event below, and reports a
// wrong-typed field once per field, however many events carry it.
import { describe, expect, it } from "vitest";
import { createXerotierClient } from "../client";
import type { SchemaDriftReport } from "../reader/drift";
import { EventStreamError } from "./errors";
import { streamEvents } from "./stream-events";
import type { InvalidEventReport } from "./frames";
import { isStreamReset, type EventStreamItem } from "./types";
import { approvalData } from "./__fixtures__/factories";
import { envelope, frame } from "./__fixtures__/harness";

type Data = Record<string, unknown>;
const omit = (data: Data, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));

/** How a real server may differ from our spec, one row per difference. */
const DRIFT_TABLE: Array<[string, (data: Data) => Data]> = [
  ["no escalation_level (decided by us, not documented)", (d) => omit(d, "escalation_level")],
  ["an unknown risk level", (d) => ({ ...d, risk: "critical" })],
  ["an unknown status", (d) => ({ ...d, status: "cancelling" })],
  ["null in optional strings", (d) => ({ ...d, prompt: null, workspace_id: null, tool_name: null, expires_at: null })],
  ["omitted optional fields", (d) => omit(d, "tool_call", "timeout_seconds", "object", "decided_at")],
  ["extra fields, nested ones included", (d) => ({ ...d, sla_tier: "gold", tool_call: { name: "kubectl_drain", arguments: {}, dry_run: true } })],
  ["a field of the wrong type", (d) => ({ ...d, timeout_seconds: "900" })],
  ["another field of the wrong type", (d) => ({ ...d, escalation_level: "1", tool_call: "kubectl_drain" })],
];

const TOTAL = 300;

/** 300 approval events, cycling through the drift table, each with its own approval and event id. */
function driftedEvents() {
  return Array.from({ length: TOTAL }, (_, i) => {
    const [, mutate] = DRIFT_TABLE[i % DRIFT_TABLE.length]!;
    const data = mutate(approvalData({ id: `7e57a000-0000-4000-8000-${String(i).padStart(12, "0")}` }) as unknown as Data);
    return envelope(`evt_${String(i).padStart(4, "0")}`, "exec.approval_requested", data);
  });
}

/** A client whose server sends `events` on one connection, then answers 204 (do not reconnect). */
function clientServing(events: ReturnType<typeof driftedEvents>, warnings: unknown[] = []) {
  let connections = 0;
  const fetch = async (): Promise<Response> => {
    connections += 1;
    if (connections > 1) return new Response(null, { status: 204 });
    const body = events.map((e) => frame(e)).join("");
    return new Response(body, { headers: { "content-type": "text/event-stream" } });
  };
  const logger = { warn: (message: string, details?: Record<string, unknown>) => warnings.push({ message, details }) };
  return createXerotierClient({ project: "proj_demo", apiKey: "xero_demo_key", baseUrl: "http://127.0.0.1:9", fetch, logger, maxRetries: 0 });
}

/** Every item until the server's 204, which ends the stream with a `no_content` error. */
async function collect(stream: AsyncIterable<EventStreamItem>): Promise<EventStreamItem[]> {
  const items: EventStreamItem[] = [];
  try {
    for await (const item of stream) items.push(item);
  } catch (error) {
    if (!(error instanceof EventStreamError && error.reason === "no_content")) throw error;
  }
  return items;
}

describe("streamEvents against a server that drifts from our spec", () => {
  it("delivers every one of 300 drifted approval events, unchanged and in order", async () => {
    const events = driftedEvents();
    const invalid: InvalidEventReport[] = [];
    const drift: SchemaDriftReport[] = [];
    const stream = streamEvents(clientServing(events), { onInvalidEvent: (r) => invalid.push(r), onSchemaDrift: (r) => drift.push(r), random: () => 0 });
    const items = await collect(stream);
    expect(items.filter(isStreamReset)).toEqual([]);
    expect(items).toEqual(events);
    expect(invalid).toEqual([]);
    expect(stream.lastEventId).toBe(`evt_${String(TOTAL - 1).padStart(4, "0")}`);
  });

  it.each(DRIFT_TABLE.map(([name], row) => [name, row] as const))("delivers the events with %s", async (_name, row) => {
    const events = driftedEvents().filter((_, i) => i % DRIFT_TABLE.length === row);
    const items = await collect(streamEvents(clientServing(events), { onSchemaDrift: () => {}, random: () => 0 }));
    expect(items).toEqual(events);
  });

  it("reports each wrong-typed field once across the 300 events, with the first event that showed it", async () => {
    const drift: SchemaDriftReport[] = [];
    await collect(streamEvents(clientServing(driftedEvents()), { onSchemaDrift: (r) => drift.push(r), random: () => 0 }));
    expect(drift).toEqual([
      { schema: "ApprovalEvent", field: "data.timeout_seconds", expected: "integer", received: "string", id: "evt_0006" },
      { schema: "ApprovalEvent", field: "data.tool_call", expected: "object", received: "string", id: "evt_0007" },
      { schema: "ApprovalEvent", field: "data.escalation_level", expected: "integer", received: "string", id: "evt_0007" },
    ]);
  });

  it("reports drift to the client's logger when no hook is given, once per field", async () => {
    const warnings: Array<{ message: string; details?: Record<string, unknown> }> = [];
    const items = await collect(streamEvents(clientServing(driftedEvents(), warnings), { random: () => 0 }));
    expect(items).toHaveLength(TOTAL);
    expect(warnings.map((w) => w.details?.field)).toEqual(["data.timeout_seconds", "data.tool_call", "data.escalation_level"]);
    expect(warnings[0]!.message).toMatch(/schema drift/);
  });

  it("skips only unusable frames: an approval without id or status, or an envelope without type", async () => {
    const good = driftedEvents().slice(0, 2);
    const unusable = [
      envelope("evt_x1", "exec.approval_requested", omit(approvalData() as unknown as Data, "status")),
      envelope("evt_x2", "exec.approved", omit(approvalData() as unknown as Data, "id")),
    ];
    const noType = { ...envelope("evt_x3"), type: undefined } as unknown as ReturnType<typeof envelope>;
    const invalid: InvalidEventReport[] = [];
    const items = await collect(
      streamEvents(clientServing([good[0]!, ...unusable, good[1]!]), { onInvalidEvent: (r) => invalid.push(r), random: () => 0 }),
    );
    const withBadFrame = await collect(streamEvents(clientServing([noType, good[1]!]), { onInvalidEvent: (r) => invalid.push(r), random: () => 0 }));
    expect(items).toEqual(good);
    expect(withBadFrame).toEqual([good[1]]);
    expect(invalid.map((r) => [r.id, r.issues])).toEqual([
      ["evt_x1", "data.status: expected string, got missing"],
      ["evt_x2", "data.id: expected string, got missing"],
      ["evt_x3", "type: expected a non-empty string, got missing"],
    ]);
  });
});
