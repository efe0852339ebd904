// The stream contenders, each reading `events` events from one SSE source (in memory or HTTP)
// and JSON-parsing each one, then closing. Each returns how many events it counted.
import { createXerotierClient, streamEvents, type createEventReader, type XerotierEvent } from "@xerotier/api";
import { createApprovals } from "@xerotier/approvals";
import { EventSource } from "eventsource";
import { createEventSource } from "eventsource-client";
import { createParser } from "eventsource-parser";
import { parseServerSentEvents } from "parse-sse";
import { EVENT_NAMES } from "./fixture";

/** Where a contender reads from: a URL and the `fetch` that reaches it. */
export interface SseSource {
  url: string;
  fetch: typeof fetch;
}

export type Contender = (source: SseSource, events: number) => Promise<number>;

/** The floor: eventsource-parser over the raw body + `JSON.parse` of each `data`. */
const bare: Contender = async (source, events) => {
  const response = await source.fetch(source.url);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let count = 0;
  const parser = createParser({
    onEvent(message) {
      const event = JSON.parse(message.data) as { id: string };
      if (event.id) count += 1;
    },
  });
  while (count < events) {
    const read = await reader.read();
    if (read.done) break;
    parser.feed(decoder.decode(read.value, { stream: true }));
  }
  await reader.cancel();
  return count;
};

const parseSse: Contender = async (source, events) => {
  const reader = parseServerSentEvents(await source.fetch(source.url)).getReader();
  let count = 0;
  while (count < events) {
    const read = await reader.read();
    if (read.done) break;
    const event = JSON.parse(read.value.data) as { id: string };
    if (event.id) count += 1;
  }
  await reader.cancel();
  return count;
};

const eventsourceClient: Contender = async (source, events) => {
  const es = createEventSource({ url: source.url, fetch: source.fetch });
  let count = 0;
  try {
    for await (const message of es) {
      const event = JSON.parse(message.data) as { id: string };
      if (event.id) count += 1;
      if (count === events) break;
    }
  } finally {
    es.close();
  }
  return count;
};

/** eventsource v4 (the WHATWG EventSource API): named events need one listener per name. */
const eventsource: Contender = (source, events) =>
  new Promise((resolve, reject) => {
    const es = new EventSource(source.url, { fetch: source.fetch });
    let count = 0;
    const onEvent = (message: MessageEvent<string>): void => {
      const event = JSON.parse(message.data) as { id: string };
      if (event.id) count += 1;
      if (count === events) {
        es.close();
        resolve(count);
      }
    };
    for (const name of EVENT_NAMES) es.addEventListener(name, onEvent);
    es.onerror = (error) => {
      es.close();
      reject(new Error(`eventsource failed after ${count} events: ${String(error.message)}`));
    };
  });

function clientFor(source: SseSource) {
  const url = new URL(source.url);
  return createXerotierClient({ baseUrl: url.origin, project: "proj_bench", apiKey: "xero_bench_key", fetch: source.fetch });
}

const viaStreamEvents: Contender = async (source, events) => {
  let count = 0;
  for await (const item of streamEvents(clientFor(source))) {
    if (item.object === "event") count += 1;
    if (count === events) break;
  }
  return count;
};

/** What `stream.validate` takes (the type `createEventReader` returns). */
type ValidateEvent = ReturnType<typeof createEventReader>;

/** A structural envelope check, the cheapest validator a user could opt into via `stream.validate`. */
const structural: ValidateEvent = (json) => {
  const e = json as { id?: unknown; object?: unknown; type?: unknown; created_at?: unknown; data?: unknown } | null;
  return e && typeof e.id === "string" && e.object === "event" && typeof e.type === "string" && typeof e.created_at === "number" && typeof e.data === "object" && e.data !== null
    ? { ok: true, event: e as XerotierEvent }
    : { ok: false, issues: "not an event envelope" };
};

function viaWatch(validate?: ValidateEvent): Contender {
  return async (source, events) => {
    const watch = createApprovals(clientFor(source)).watch({ mode: "stream", ...(validate ? { stream: { validate } } : {}) });
    let count = 0;
    for await (const event of watch) {
      if (event.id) count += 1;
      if (count === events) break;
    }
    return count;
  };
}

/** The other SSE clients, by row name: `streamEvents` is to be ahead of each. */
export const PEERS = ["eventsource-client", "eventsource", "parse-sse"] as const;

/** Every contender by its row name; `bare` first, the ratios' denominator. */
export const CONTENDERS: Record<string, Contender> = {
  bare,
  streamEvents: viaStreamEvents,
  watch: viaWatch(),
  "watch (structural validate)": viaWatch(structural),
  "eventsource-client": eventsourceClient,
  eventsource,
  "parse-sse": parseSse,
};
