/* global AbortController, window, location, navigator */
// Browser smoke page, bundled by scripts/test-runtimes.mjs with esbuild and opened in headless Chromium:
// lists approvals and watches them with @xerotier/approvals against the reference router (cross-origin,
// so CORS is exercised). The outcome goes to window.__result for the runner to read.
import { createXerotierClient } from "@xerotier/api";
import { createApprovals } from "@xerotier/approvals";
import { watchedFetch } from "./watched-fetch.mjs";

// Progress notes, read by the runner when the page times out.
const progress = (window.__progress = []);

async function run() {
  const baseUrl = new URL(location.href).searchParams.get("router");
  if (!baseUrl) throw new Error("missing ?router=");
  // Tells when the watch's event stream is live, so the approval below is seen as a live event.
  const { fetch: watched, opened } = watchedFetch();
  const client = createXerotierClient({ baseUrl, apiKey: "xero_demo_admin", project: "proj_demo", maxRetries: 1, fetch: watched });
  const approvals = createApprovals(client);

  const listed = [];
  for await (const approval of approvals.list({}, { maxItems: 100 })) listed.push(approval);
  const pending = listed.find((a) => a.status === "pending");
  if (!pending) throw new Error(`no pending approval among ${listed.length}`);
  progress.push(`listed ${listed.length}`);

  const controller = new AbortController();
  const seen = [];
  const watch = approvals.watch({ mode: "stream", signal: controller.signal });
  const consumed = (async () => {
    for await (const event of watch) {
      seen.push(event.type);
      progress.push(`event ${event.type}`);
      if (event.type === "exec.approved" && event.data.id === pending.id) return event;
      if (seen.length >= 50) throw new Error(`no approval event in ${seen.length} events`);
    }
    throw new Error("watch ended before the approval event");
  })();
  await opened;
  progress.push("stream open");
  await approvals.approve(pending.id, { note: "browser smoke" });
  progress.push(`approved ${pending.id}`);
  const event = await consumed;
  controller.abort();
  return { ok: true, listed: listed.length, seen, approved: event.data.id, userAgent: navigator.userAgent };
}

run().then(
  (result) => (window.__result = result),
  (error) => (window.__result = { ok: false, error: String(error?.stack ?? error) }),
);
