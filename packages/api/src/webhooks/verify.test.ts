import type { IncomingHttpHeaders } from "node:http";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { approvalData } from "../events/__fixtures__/factories";
import { envelope } from "../events/__fixtures__/harness";
import { WebhookVerificationError, type WebhookVerificationReason } from "./errors";
import { signWebhook } from "./sign";
import { verifyWebhook, type VerifyWebhookOptions } from "./verify";

const secret = "whsec_very_secret_value_123";
const now = Date.parse("2026-03-01T12:00:00Z");
const nowSeconds = now / 1000;
const body = JSON.stringify(envelope("evt_1", "exec.approval_requested", approvalData({ id: "6f1c", prompt: "café ☕ 日本" })));

async function signed(overrides: { body?: string; timestamp?: number; secret?: string } = {}) {
  const { headers } = await signWebhook({
    body: overrides.body ?? body,
    secret: overrides.secret ?? secret,
    timestamp: overrides.timestamp ?? nowSeconds,
  });
  return { body: overrides.body ?? body, headers: { ...headers } as Record<string, string>, secret, now };
}

async function rejection(options: VerifyWebhookOptions): Promise<WebhookVerificationError> {
  const error = await verifyWebhook(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WebhookVerificationError)) throw new Error(`expected a WebhookVerificationError, got ${String(error)}`);
  return error;
}

const reasonOf = async (options: VerifyWebhookOptions): Promise<WebhookVerificationReason> => (await rejection(options)).reason;

describe("signWebhook", () => {
  it("produces hex HMAC-SHA256 of `<timestamp>.<body>` (known vector)", async () => {
    const result = await signWebhook({ body: "{}", secret: "key", timestamp: 1 });
    // printf '1.{}' | openssl dgst -sha256 -hmac key
    const expected = "1ba6b8171186efc613e8bcc0cbdab2748f24984d7c5a84faa2637afa0e40d224";
    expect(result).toEqual({
      signature: expected,
      timestamp: "1",
      headers: { "X-Webhook-Signature": expected, "X-Webhook-Timestamp": "1" },
    });
  });

  it("signs the exact bytes of a Uint8Array body", async () => {
    const text = await signWebhook({ body: "café", secret: "key", timestamp: 1 });
    const bytes = await signWebhook({ body: new TextEncoder().encode("café"), secret: "key", timestamp: 1 });
    expect(bytes.signature).toBe(text.signature);
  });

  it("refuses a timestamp that is not integer unix seconds", async () => {
    await expect(signWebhook({ body: "{}", secret: "key", timestamp: 1.5 })).rejects.toThrow(TypeError);
  });
});

describe("verifyWebhook", () => {
  it("returns the typed event for an authentic, fresh delivery", async () => {
    expect(await verifyWebhook(await signed())).toEqual(JSON.parse(body));
  });

  it("accepts Fetch Headers, any header case, a sha256= prefix, and a Uint8Array body", async () => {
    const good = await signed();
    const lower = Object.fromEntries(Object.entries(good.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const prefixed = { ...lower, "x-webhook-signature": `sha256=${lower["x-webhook-signature"]}` };
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook({ ...good, headers: new Headers(good.headers) })).resolves.toMatchObject({ id: "evt_1" });
    await expect(verifyWebhook({ ...good, headers: prefixed })).resolves.toMatchObject({ id: "evt_1" });
    const shouting = { "X-WEBHOOK-SIGNATURE": [lower["x-webhook-signature"]!], "x-webhook-timestamp": lower["x-webhook-timestamp"] };
    await expect(verifyWebhook({ ...good, body: bytes, headers: shouting })).resolves.toMatchObject({ id: "evt_1" });
  });

  it("accepts Node's IncomingHttpHeaders as they come off a request", async () => {
    const good = await signed();
    const headers: IncomingHttpHeaders = {
      "x-webhook-signature": good.headers["X-Webhook-Signature"],
      "x-webhook-timestamp": good.headers["X-Webhook-Timestamp"],
      "content-type": "application/json",
    };
    await expect(verifyWebhook({ ...good, headers })).resolves.toMatchObject({ id: "evt_1" });
  });

  it("rejects a tampered body", async () => {
    const good = await signed();
    expect(await reasonOf({ ...good, body: body.replace("café", "cafe") })).toBe("signature_mismatch");
  });

  it("rejects a delivery signed with another secret", async () => {
    expect(await reasonOf({ ...(await signed({ secret: "whsec_other" })), secret })).toBe("signature_mismatch");
  });

  it("rejects a signature whose timestamp header was changed", async () => {
    const good = await signed();
    expect(await reasonOf({ ...good, headers: { ...good.headers, "X-Webhook-Timestamp": String(nowSeconds - 1) } })).toBe("signature_mismatch");
  });

  it("rejects timestamps older or further ahead than the tolerance, and accepts the edges", async () => {
    expect(await reasonOf(await signed({ timestamp: nowSeconds - 301 }))).toBe("timestamp_out_of_tolerance");
    expect(await reasonOf(await signed({ timestamp: nowSeconds + 301 }))).toBe("timestamp_out_of_tolerance");
    await expect(verifyWebhook(await signed({ timestamp: nowSeconds - 300 }))).resolves.toBeDefined();
    await expect(verifyWebhook(await signed({ timestamp: nowSeconds + 300 }))).resolves.toBeDefined();
    expect(await reasonOf({ ...(await signed({ timestamp: nowSeconds - 61 })), toleranceSeconds: 60 })).toBe("timestamp_out_of_tolerance");
  });

  it("accepts now as a Date", async () => {
    await expect(verifyWebhook({ ...(await signed()), now: new Date(now) })).resolves.toMatchObject({ id: "evt_1" });
  });

  it("rejects missing or empty headers", async () => {
    const good = await signed();
    expect(await reasonOf({ ...good, headers: { "X-Webhook-Timestamp": good.headers["X-Webhook-Timestamp"]! } })).toBe("missing_signature");
    expect(await reasonOf({ ...good, headers: { "X-Webhook-Signature": good.headers["X-Webhook-Signature"]! } })).toBe("missing_timestamp");
    expect(await reasonOf({ ...good, headers: { ...good.headers, "X-Webhook-Signature": "  " } })).toBe("missing_signature");
    expect(await reasonOf({ ...good, headers: new Headers() })).toBe("missing_signature");
  });

  it("rejects a timestamp that is not unix seconds", async () => {
    const good = await signed();
    for (const bad of ["1.5", "-5", "2026-03-01T12:00:00Z", "1e9", "12345678901234567890"]) {
      expect(await reasonOf({ ...good, headers: { ...good.headers, "X-Webhook-Timestamp": bad } })).toBe("invalid_timestamp");
    }
  });

  it("rejects a signature that is not 64 hex characters", async () => {
    const good = await signed();
    const sig = good.headers["X-Webhook-Signature"]!;
    for (const bad of ["zz" + sig.slice(2), sig.slice(0, 62), sig + "00", "sha1=" + sig, "v1," + sig]) {
      const error = await rejection({ ...good, headers: { ...good.headers, "X-Webhook-Signature": bad } });
      expect([error.reason, error.message]).toEqual(["signature_mismatch", expect.stringContaining("not a hex")]);
    }
  });

  it("rejects an authentic body that is not JSON, not UTF-8, or not an event envelope", async () => {
    expect(await reasonOf(await signed({ body: "not json" }))).toBe("invalid_payload");
    const notUtf8 = new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]);
    const { headers } = await signWebhook({ body: notUtf8, secret, timestamp: nowSeconds });
    expect(await reasonOf({ body: notUtf8, headers: { ...headers }, secret, now })).toBe("invalid_payload");
    const error = await rejection(await signed({ body: JSON.stringify({ id: "evt_1", object: "event" }) }));
    expect([error.reason, error.message]).toEqual(["invalid_payload", expect.stringContaining("type")]);
  });

  it("rejects an authentic event of a documented type whose data lacks its status, naming the field", async () => {
    const bad = JSON.stringify(envelope("evt_1", "exec.approval_requested", { ...approvalData(), status: undefined }));
    const error = await rejection(await signed({ body: bad }));
    expect([error.reason, error.message]).toEqual(["invalid_payload", expect.stringContaining("data.status")]);
  });

  it("returns an authentic event with an unknown risk and an omitted decided field as received", async () => {
    const { escalation_level: _omitted, ...data } = approvalData({ risk: "critical" });
    const body = JSON.stringify(envelope("evt_1", "exec.approval_requested", data));
    expect(await verifyWebhook(await signed({ body }))).toEqual(JSON.parse(body));
  });

  it("returns an event of an unknown type with whatever data it carries", async () => {
    const newer = JSON.stringify(envelope("evt_1", "exec.brand_new", { anything: [1, "two"] }));
    expect(await verifyWebhook(await signed({ body: newer }))).toEqual(JSON.parse(newer));
  });

  it("uses an injected validate function", async () => {
    const validate = () => ({ ok: false as const, issues: "custom says no" });
    expect((await rejection({ ...(await signed()), validate })).message).toContain("custom says no");
  });

  it("never puts the secret in the message, JSON or inspect output of any rejection", async () => {
    const good = await signed();
    const failures = [
      await rejection({ ...good, body: body + " " }),
      await rejection({ ...good, headers: {} }),
      await rejection({ ...(await signed({ timestamp: 1 })) }),
      await rejection(await signed({ body: "nope" })),
    ];
    for (const error of failures) {
      const rendered = [error.message, JSON.stringify(error), inspect(error, { depth: 5, showHidden: true }), String(error.stack)].join("\n");
      expect(rendered).not.toContain(secret);
      expect(rendered).not.toContain(good.headers["X-Webhook-Signature"]);
    }
    expect(JSON.parse(JSON.stringify(failures[0]))).toEqual({
      name: "WebhookVerificationError",
      reason: "signature_mismatch",
      message: expect.any(String),
      isRetryable: false,
    });
  });

  it("refuses an empty secret as a programming error, not a verification result", async () => {
    await expect(verifyWebhook({ ...(await signed()), secret: "" })).rejects.toThrow(TypeError);
  });
});
