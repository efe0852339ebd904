import { describe, expect, expectTypeOf, it } from "vitest";
import * as generated from "../generated/webhooks";
import { EVENT_TYPES, type ApprovalEvent } from "../events/types";
import { signWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from "./sign";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_SIGNATURE_PATTERN, WEBHOOK_TIMESTAMP_PATTERN, type WebhookPayloads } from "../generated/webhooks";

describe("webhooks as the spec states them", () => {
  it("signs with the header names the spec declares", () => {
    expect(WEBHOOK_SIGNATURE_HEADER).toBe(generated.WEBHOOK_SIGNATURE_HEADER);
    expect(WEBHOOK_TIMESTAMP_HEADER).toBe(generated.WEBHOOK_TIMESTAMP_HEADER);
  });

  it("produces header values in the spec's formats", async () => {
    const signed = await signWebhook({ secret: "whsec_test", body: '{"id":"evt_1"}', timestamp: 1795510800 });
    expect(signed.headers["X-Webhook-Signature"]).toMatch(WEBHOOK_SIGNATURE_PATTERN);
    expect(signed.headers["X-Webhook-Timestamp"]).toMatch(WEBHOOK_TIMESTAMP_PATTERN);
  });

  it("lists every documented event type, plus the reserved ones", () => {
    expect(WEBHOOK_EVENT_TYPES).toEqual(expect.arrayContaining([...EVENT_TYPES, "exec.ambiguous"]));
    expect(generated.WEBHOOK_TOLERANCE_SECONDS).toBe(300);
  });

  it("types each delivery's payload by its event type", () => {
    expectTypeOf<WebhookPayloads["exec.approved"]["data"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<WebhookPayloads["exec.approved"]["type"]>().toExtend<ApprovalEvent["type"]>();
  });
});
