import { describe, expect, it } from "vitest";
import { XerotierError } from "../errors";
import { XerotierSdkError } from "../sdk-error";
import { EventStreamError } from "./errors";

describe("EventStreamError", () => {
  it("carries a reason and serialises to a log-safe object, with no server code", () => {
    const error = new EventStreamError("unexpected_content_type", "proxy", { contentType: "text/html" });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "EventStreamError",
      reason: "unexpected_content_type",
      message: "proxy",
      contentType: "text/html",
      isRetryable: false,
    });
  });

  it("is a XerotierSdkError and a XerotierError; plain errors are not EventStreamErrors", () => {
    const error = new EventStreamError("idle_timeout", "x");
    expect([error instanceof EventStreamError, error instanceof XerotierSdkError, error instanceof XerotierError]).toEqual([true, true, true]);
    expect(new Error("x") instanceof EventStreamError).toBe(false);
  });

  it("is recognised by its Symbol.for brand, as a duplicate copy of the package would create it", () => {
    const foreign = Object.create(Error.prototype, { [Symbol.for("xerotier.error.EventStreamError")]: { value: true } });
    expect(foreign instanceof EventStreamError).toBe(true);
  });

  it("is retryable for an idle connection and a 5xx/429 answer, and not once the stream has given up", () => {
    const retryable = [
      new EventStreamError("idle_timeout", "x"),
      new EventStreamError("unexpected_status", "x", { status: 503 }),
      new EventStreamError("unexpected_status", "x", { status: 403 }),
      new EventStreamError("max_retries", "x"),
      new EventStreamError("no_content", "x", { status: 204 }),
    ].map((e) => e.isRetryable);
    expect(retryable).toEqual([true, true, false, false, false]);
  });
});
