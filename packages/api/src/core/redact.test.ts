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

  it("passes other header values through redactSecrets: an echoed key or bearer token is removed", () => {
    const key = "xero_acme_AbC+dEf/GhI=jK";
    const headers = new Headers({ "X-Debug-Echo": `got ${key}`, Warning: "199 - Bearer abc.def", "X-Request-Id": "req_1" });
    expect(redactHeaders(headers, [key])).toEqual({
      "x-debug-echo": `got ${REDACTED}`,
      warning: `199 - Bearer ${REDACTED}`,
      "x-request-id": "req_1",
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

  it.each(["xero_acme_AbC+dEf/GhI=jKlMnOp", "xero_acme_0123/4567+89==", "xero_acme_ab=cd+ef/gh"])(
    "redacts the exact key %s whole, before any pattern can cut it at + / =",
    (key) => {
      const out = redactSecrets(`invalid key ${key} (Bearer ${key})`, [key]);
      expect(out).toBe(`invalid key ${REDACTED} (Bearer ${REDACTED})`);
      for (const piece of key.split(/[+/=]/).slice(1).filter((p) => p.length >= 2)) expect(out).not.toContain(piece);
    },
  );

  it("redacts the longer of two overlapping secrets whole", () => {
    expect(redactSecrets("key=xero_acme_0123456789+tail", ["xero_acme_0123456789", "xero_acme_0123456789+tail"])).toBe(`key=${REDACTED}`);
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
