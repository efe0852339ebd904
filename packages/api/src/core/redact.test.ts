import { describe, expect, it } from "vitest";
import { bodyExcerpt, REDACTED, redactHeaders, redactSecrets } from "./redact";

describe("redactHeaders", () => {
  it("returns a plain lower-cased record with credential headers redacted", () => {
    const headers = new Headers({
      Authorization: "Bearer xero_acme_0123456789",
      "Set-Cookie": "session=abc",
      "X-Api-Key": "k",
      "X-Webhook-Signature": "deadbeef",
      "X-Request-Id": "req_1",
      "Idempotency-Key": "idem-1",
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: REDACTED,
      "set-cookie": REDACTED,
      "x-api-key": REDACTED,
      "x-webhook-signature": REDACTED,
      "x-request-id": "req_1",
      "idempotency-key": "idem-1",
    });
  });

  it("accepts a record and undefined", () => {
    expect(redactHeaders({ Cookie: "a=b", Accept: "application/json" })).toEqual({ cookie: REDACTED, accept: "application/json" });
    expect(redactHeaders(undefined)).toEqual({});
  });
});

describe("redactSecrets", () => {
  it("removes bearer tokens, Xerotier-shaped keys and explicitly named secrets", () => {
    const text = "auth=Bearer abc.def key xero_acme_0123456789 and custom-secret-value";
    const out = redactSecrets(text, ["custom-secret-value"]);
    expect(out).toBe(`auth=Bearer ${REDACTED} key xero_${REDACTED} and ${REDACTED}`);
  });

  it("ignores secrets too short to be credentials", () => {
    expect(redactSecrets("a short word", ["a"])).toBe("a short word");
  });
});

describe("bodyExcerpt", () => {
  it("collapses whitespace and keeps at most 200 characters", () => {
    const html = `<html>\n  <body>\n\t<h1>502   Bad Gateway</h1>${"x".repeat(500)}</body></html>`;
    const excerpt = bodyExcerpt(html);
    expect(excerpt.startsWith("<html> <body> <h1>502 Bad Gateway</h1>")).toBe(true);
    expect(excerpt).toHaveLength(200);
    expect(excerpt).not.toMatch(/\s{2}|\n|\t/);
  });

  it("redacts secrets anywhere in the body, even past the cut", () => {
    const body = `${" ".repeat(5000)}echo: Bearer xero_acme_0123456789`;
    expect(bodyExcerpt(body)).toBe(`echo: Bearer ${REDACTED}`);
  });

  it("returns an empty string for an empty body", () => {
    expect(bodyExcerpt("")).toBe("");
  });
});
