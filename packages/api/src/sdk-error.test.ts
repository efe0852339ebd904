import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { brandError } from "./core/brand";
import { XerotierError } from "./errors";
import { XerotierSdkError } from "./sdk-error";

const KEY = "xero_acme_s3cr3tvalue42";

class WidgetWaitTimeoutError extends XerotierSdkError<"widget_wait_timeout"> {
  constructor() {
    super("widget_wait_timeout", "Widget was not ready within 10 ms.");
  }

  static {
    brandError(this, "WidgetWaitTimeoutError");
  }
}

describe("XerotierSdkError: failures the SDK detects itself", () => {
  it("carries its reason, never a server code, and is not retryable by default", () => {
    const error = new XerotierSdkError("agent_wait_timeout", "Agent was not healthy within 5 ms.");
    expect(error).toMatchObject({ name: "XerotierSdkError", reason: "agent_wait_timeout", code: undefined, status: undefined, isRetryable: false });
    expect(error).toBeInstanceOf(XerotierError);
  });

  it("serialises with its reason and keeps secrets out of toJSON and inspect", () => {
    const error = new XerotierSdkError("invalid_input", `bad key ${KEY}`);
    const json = error.toJSON();
    expect(json).toMatchObject({ name: "XerotierSdkError", reason: "invalid_input", isRetryable: false });
    expect([JSON.stringify(error), inspect(error)].join("\n")).not.toContain(KEY);
  });

  it("gives a subclass branded with brandError its name and a cross-copy instanceof", () => {
    const error = new WidgetWaitTimeoutError();
    expect([error.name, error instanceof WidgetWaitTimeoutError, error instanceof XerotierSdkError]).toEqual(["WidgetWaitTimeoutError", true, true]);
    // What a second copy of the package would create: only the Symbol.for brands are shared.
    const fromOtherCopy = Object.create(Error.prototype, {
      [Symbol.for("xerotier.error.WidgetWaitTimeoutError")]: { value: true },
      [Symbol.for("xerotier.error.XerotierSdkError")]: { value: true },
    });
    expect([fromOtherCopy instanceof WidgetWaitTimeoutError, fromOtherCopy instanceof XerotierSdkError]).toEqual([true, true]);
    expect(new XerotierSdkError("x", "y") instanceof WidgetWaitTimeoutError).toBe(false);
  });
});
