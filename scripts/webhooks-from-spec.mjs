// The spec's `webhooks` section as TypeScript: the event types Xerotier delivers, the signing
// headers and their formats, and the payload type of each delivery (from openapi-typescript's
// `webhooks` interface in schema.ts).

const PARAM_PREFIX = "#/components/parameters/";

/** @param {any} spec the parsed OpenAPI document */
export function webhooksModuleFromSpec(spec) {
  const entries = Object.entries(spec.webhooks ?? {});
  const headers = new Map();
  for (const [, item] of entries) {
    for (const p of item.post?.parameters ?? []) {
      const param = p.$ref ? spec.components.parameters[p.$ref.slice(PARAM_PREFIX.length)] : p;
      if (param.in === "header") headers.set(param.name, param);
    }
  }
  const header = (name) => {
    const param = headers.get(name);
    if (!param) throw new Error(`webhooks: no ${name} header in the spec`);
    return param;
  };
  const signature = header("X-Webhook-Signature");
  const timestamp = header("X-Webhook-Timestamp");
  const tolerance = /(\d+)\s*s\)/.exec(timestamp.description ?? "");
  if (!tolerance) throw new Error("webhooks: X-Webhook-Timestamp must state the tolerance as `(<n> s)`");
  return [
    'import type { webhooks } from "./schema";',
    "",
    "/** Every event type the spec's `webhooks` section lists (documented catalogue, reserved types included). */",
    `export const WEBHOOK_EVENT_TYPES = ${JSON.stringify(entries.map(([name]) => name))} as const;`,
    "",
    "/** A webhook event type from the spec. */",
    "export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];",
    "",
    "/** The (strict) payload of each webhook delivery, keyed by event type. */",
    "export type WebhookPayloads = {",
    '  [K in WebhookEventType]: webhooks[K]["post"]["requestBody"]["content"]["application/json"];',
    "};",
    "",
    `/** Header carrying the signature: ${oneLine(signature.description)} */`,
    `export const WEBHOOK_SIGNATURE_HEADER = ${JSON.stringify(signature.name)};`,
    "/** Format of the signature header's value. */",
    `export const WEBHOOK_SIGNATURE_PATTERN = new RegExp(${JSON.stringify(signature.schema.pattern)});`,
    `/** Header carrying the signing time: ${oneLine(timestamp.description)} */`,
    `export const WEBHOOK_TIMESTAMP_HEADER = ${JSON.stringify(timestamp.name)};`,
    "/** Format of the timestamp header's value (unix seconds). */",
    `export const WEBHOOK_TIMESTAMP_PATTERN = new RegExp(${JSON.stringify(timestamp.schema.pattern)});`,
    "/** How old a delivery's timestamp may be, in seconds, as the spec states it. */",
    `export const WEBHOOK_TOLERANCE_SECONDS = ${Number(tolerance[1])};`,
    "",
  ].join("\n");
}

function oneLine(text = "") {
  return text.trim().split("\n").join(" ").replaceAll("*/", "*\\/");
}
