import { describe, expect, it } from "vitest";
import { EventStreamError } from "./errors";

describe("EventStreamError", () => {
  it("carries a reason and serialises to a log-safe object", () => {
    const error = new EventStreamError("unexpected_content_type", "proxy", { contentType: "text/html" });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "EventStreamError",
      reason: "unexpected_content_type",
      message: "proxy",
      contentType: "text/html",
    });
  });

  it("is recognised by isInstance, but plain errors are not", () => {
    expect([EventStreamError.isInstance(new EventStreamError("idle_timeout", "x")), EventStreamError.isInstance(new Error("x"))]).toEqual([
      true,
      false,
    ]);
  });
});
