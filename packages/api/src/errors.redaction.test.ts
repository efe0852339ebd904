// A key the server echoes back never reaches an error: not in its message, param, headers,
// toJSON or inspect output, even when the key holds characters a pattern stops at.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { errorFromResponse, XerotierError } from "./errors";

const KEY = "xero_acme_AbC+dEf/GhI=jKlMnOp";
const secrets = [`Bearer ${KEY}`, KEY];

function echoing(): { response: Response; body: string } {
  const body = JSON.stringify({
    error: { message: `Invalid API key ${KEY}`, type: "invalid_request_error", code: "invalid_api_key", param: `api_key=${KEY}` },
  });
  const response = new Response(null, {
    status: 401,
    headers: { "x-request-id": "req_1", "x-debug-authorization-echo": `Bearer ${KEY}`, "x-debug-key": KEY, link: `<https://x.test/?k=${KEY}>` },
  });
  return { response, body };
}

/** Every place an error could carry text, rendered. */
function surfaces(error: XerotierError): string[] {
  return [error.message, String(error.param), JSON.stringify(error.headers), JSON.stringify(error), inspect(error), String(error.stack)];
}

describe("errorFromResponse redaction", () => {
  it("redacts the exact key whole in the message, including its + / = part", () => {
    const { response, body } = echoing();
    expect(errorFromResponse(response, body, { secrets }).message).toBe("Invalid API key [REDACTED]");
  });

  it("redacts error.param", () => {
    const { response, body } = echoing();
    expect(errorFromResponse(response, body, { secrets }).param).toBe("api_key=[REDACTED]");
  });

  it("redacts response header values, not only credential-named headers", () => {
    const { response, body } = echoing();
    expect(errorFromResponse(response, body, { secrets }).headers).toEqual({
      "x-request-id": "req_1",
      "x-debug-authorization-echo": "[REDACTED]", // the whole "Bearer <key>" secret
      "x-debug-key": "[REDACTED]",
      link: "<https://x.test/?k=[REDACTED]>",
    });
  });

  it("leaves no fragment of the key anywhere the error can be printed", () => {
    const { response, body } = echoing();
    const error = errorFromResponse(response, body, { secrets });
    for (const text of surfaces(error)) {
      for (const fragment of ["AbC", "dEf", "GhI", "jKlMnOp"]) expect(text).not.toContain(fragment);
    }
  });

  it("pattern-redacts a key-shaped param given to the constructor directly", () => {
    expect(new XerotierError("bad", { param: "xero_acme_0123456789" }).param).toBe("xero_[REDACTED]");
  });
});
