// A bad toleranceSeconds or now is the caller's configuration bug: it throws at once, typed, and
// never silently disables the freshness check.
import { describe, expect, it } from "vitest";
import { XerotierConfigError } from "../errors";
import { envelope } from "../events/__fixtures__/harness";
import { signWebhook } from "./sign";
import { verifyWebhook } from "./verify";

const secret = "whsec_very_secret_value_123";
const now = Date.parse("2026-03-01T12:00:00Z");
const tenYearsAgo = now / 1000 - 10 * 365 * 86_400;
const body = JSON.stringify(envelope("evt_1"));

async function delivery(timestamp: number) {
  const { headers } = await signWebhook({ body, secret, timestamp });
  return { body, headers: { ...headers } as Record<string, string>, secret, now };
}

describe("verifyWebhook configuration", () => {
  it.each([
    ["NaN (Number(process.env.UNSET))", Number.NaN],
    ["negative", -1],
    ["Infinity", Infinity],
    ["-Infinity", -Infinity],
  ])("throws XerotierConfigError for toleranceSeconds %s, even on a ten-year-old delivery", async (_name, toleranceSeconds) => {
    const error = await verifyWebhook({ ...(await delivery(tenYearsAgo)), toleranceSeconds }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XerotierConfigError);
    expect((error as XerotierConfigError).message).toMatch(/toleranceSeconds must be a finite number/);
    expect((error as XerotierConfigError).isRetryable).toBe(false);
  });

  it("throws the config error before looking at the request (even one with no headers at all)", async () => {
    const error = await verifyWebhook({ body, headers: {}, secret, toleranceSeconds: Number.NaN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XerotierConfigError);
  });

  it.each([
    ["an invalid Date", new Date("not a date")],
    ["NaN", Number.NaN],
    ["Infinity", Infinity],
  ])("throws XerotierConfigError for now = %s", async (_name, value) => {
    const error = await verifyWebhook({ ...(await delivery(tenYearsAgo)), now: value }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XerotierConfigError);
    expect((error as XerotierConfigError).message).toMatch(/now must be a valid Date/);
  });

  it("still accepts toleranceSeconds 0 for a delivery signed this very second", async () => {
    await expect(verifyWebhook({ ...(await delivery(now / 1000)), toleranceSeconds: 0 })).resolves.toMatchObject({ id: "evt_1" });
  });
});
