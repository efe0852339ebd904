/** What to do to one event stream. */
export interface StreamPlan {
  /** Raw frames written before anything else. */
  inject?: readonly string[];
  /** Drop the stream once this many events (frames with a `data` field, `stream.open` aside) have been sent. */
  cutAfterEvents?: number;
  /** Drop the stream once exactly this many body bytes have been sent. */
  cutAtByte?: number;
  /** End cleanly instead of erroring the body (an abrupt disconnect). */
  graceful?: boolean;
}

const encoder = new TextEncoder();

/** How an event stream ends when a fault cuts it abruptly (the in-process view of a dropped connection). */
const streamCut = () => new Error("event stream cut by fault injection");

/** Applies a {@link StreamPlan} to an event-stream body; a cut cancels the source, as a real disconnect would end its subscription. */
export function applyStreamPlan(body: ReadableStream<Uint8Array>, plan: StreamPlan): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = ""; // text of a frame not yet complete (only when counting events)
  let sentBytes = 0;
  let sentEvents = 0;
  let finished = false;

  let cutPending = false;
  const cut = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    finished = true;
    reader.cancel().catch(() => undefined);
    if (plan.graceful) return controller.close(); // close() lets queued bytes drain first
    // error() would discard queued bytes; fail on the next pull, once the consumer has them all.
    if ((controller.desiredSize ?? 0) > 0) controller.error(streamCut());
    else cutPending = true;
  };

  const send = (controller: ReadableStreamDefaultController<Uint8Array>, bytes: Uint8Array): boolean => {
    if (plan.cutAtByte !== undefined && sentBytes + bytes.byteLength >= plan.cutAtByte) {
      const room = plan.cutAtByte - sentBytes;
      if (room > 0) controller.enqueue(bytes.slice(0, room));
      sentBytes += Math.max(0, room);
      cut(controller);
      return false;
    }
    controller.enqueue(bytes);
    sentBytes += bytes.byteLength;
    return true;
  };

  // Splits text into complete frames, sending each and counting events; keeps the partial tail.
  const sendFrames = (controller: ReadableStreamDefaultController<Uint8Array>, text: string): boolean => {
    pending += text;
    for (;;) {
      const end = frameEnd(pending);
      if (end < 0) return true;
      const frame = pending.slice(0, end);
      pending = pending.slice(end);
      if (!send(controller, encoder.encode(frame))) return false;
      if (isEvent(frame)) sentEvents += 1;
      if (plan.cutAfterEvents !== undefined && sentEvents >= plan.cutAfterEvents) {
        cut(controller);
        return false;
      }
    }
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (plan.cutAfterEvents === 0 || plan.cutAtByte === 0) return cut(controller);
      for (const frame of plan.inject ?? []) {
        const text = /(\r\n\r\n|\n\n|\r\r)$/.test(frame) ? frame : `${frame}\n\n`;
        if (!send(controller, encoder.encode(text))) return;
      }
    },
    async pull(controller) {
      if (cutPending) return controller.error(streamCut());
      // Read until something was sent: a pull that enqueues nothing would never be called again.
      for (const before = sentBytes; !finished && sentBytes === before; ) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (finished) return;
        if (done || !value) {
          finished = true;
          if (pending && !send(controller, encoder.encode(pending))) return;
          controller.close();
          return;
        }
        if (plan.cutAfterEvents === undefined) send(controller, value);
        else sendFrames(controller, decoder.decode(value, { stream: true }));
      }
    },
    cancel(reason) {
      finished = true;
      return reader.cancel(reason);
    },
  });
}

/** Index just past the first complete frame (its terminating blank line), or -1. */
function frameEnd(text: string): number {
  const match = /\r\n\r\n|\n\n|\r\r/.exec(text);
  return match ? match.index + match[0].length : -1;
}

/** Whether a frame dispatches an event: it has a `data` field and is not the `stream.open` notice. */
function isEvent(frame: string): boolean {
  return /(^|[\r\n])data(:|[\r\n]|$)/.test(frame) && !/(^|[\r\n])event: ?stream\.open(\r\n|[\r\n]|$)/.test(frame);
}
