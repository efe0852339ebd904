/* global AbortController */
// Runtime smoke test: run by scripts/test-runtimes.mjs under Node 20/22/24, Bun and Deno, in a project
// where the packed @xerotier/* tarballs are installed. It starts nothing: XEROTIER_BASE_URL points at a
// router the runner started. Checks: list approvals, follow streamEvents for one event, verify a webhook.
import { createXerotierClient, isStreamReset, signWebhook, streamEvents, verifyWebhook, WebhookVerificationError } from "@xerotier/api";
import { createApprovals } from "@xerotier/approvals";
import { watchedFetch } from "./watched-fetch.mjs";

const baseUrl = globalThis.process?.env?.XEROTIER_BASE_URL ?? globalThis.Deno?.env.get("XEROTIER_BASE_URL");
if (!baseUrl) throw new Error("XEROTIER_BASE_URL is not set");

const { fetch: watched, opened } = watchedFetch();

const client = createXerotierClient({ baseUrl, apiKey: "xero_demo_admin", project: "proj_demo", maxRetries: 1, fetch: watched });
const approvals = createApprovals(client);

// 1. List approvals (paginated helper) and find a pending one to act on.
const listed = [];
for await (const approval of approvals.list({}, { maxItems: 100 })) listed.push(approval);
const pending = listed.find((a) => a.status === "pending");
if (!pending) throw new Error(`no pending approval among ${listed.length}`);

// 2. Follow streamEvents for one event: approve the pending approval once the stream is open.
const controller = new AbortController();
const stream = streamEvents(client, { types: ["exec.approved"], signal: controller.signal, maxRetries: 2 });
const iterator = stream[Symbol.asyncIterator]();
const first = iterator.next();
await opened;
await approvals.approve(pending.id, { note: "runtime smoke" });
let event;
for (let i = 0; i < 5 && !event; i++) {
  const { value, done } = await (i === 0 ? first : iterator.next());
  if (done) throw new Error("event stream ended before the approval event");
  if (!isStreamReset(value)) event = value;
}
controller.abort();
await iterator.return?.();
if (event?.type !== "exec.approved" || event.data.id !== pending.id) throw new Error(`unexpected event ${JSON.stringify(event)}`);

// 3. Verify a webhook carrying that event (WebCrypto HMAC), and reject a tampered body.
const secret = "whsec_runtime_smoke";
const body = JSON.stringify(event);
const signed = await signWebhook({ body, secret });
const verified = await verifyWebhook({ body, headers: signed.headers, secret });
if (verified.id !== event.id) throw new Error("verifyWebhook returned another event");
let tamperRejected = false;
try {
  await verifyWebhook({ body: body.replace(pending.id, "x" + pending.id), headers: signed.headers, secret });
} catch (error) {
  tamperRejected = error instanceof WebhookVerificationError;
}
if (!tamperRejected) throw new Error("a tampered webhook body was accepted");

console.log(`smoke ok: listed ${listed.length} approvals; streamed ${event.type} ${event.id}; webhook verified`);
