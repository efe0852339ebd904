import { createSseDecoder } from "@xerotier/api/internal";
import { componentSchema, describeErrors, validateAt } from "../spec/validator";
import type { ConformanceViolation } from "./recorder";

/**
 * Passes an event-stream body through unchanged while checking each event's `data` against
 * `EventStreamData` (decoded by the SDK's own SSE decoder). Events are checked as they pass, so a
 * violation is recorded even if the stream is later cut.
 */
export function tapEventStream(
  body: ReadableStream<Uint8Array>,
  context: Omit<ConformanceViolation, "kind" | "message">,
  report: (violation: ConformanceViolation) => void,
): ReadableStream<Uint8Array> {
  const decoder = createSseDecoder({
    onMessage: ({ data }) => {
      let value: unknown;
      try {
        value = JSON.parse(data);
      } catch {
        return report({ ...context, kind: "invalid_event", message: `Event-stream frame data is not JSON: ${data.slice(0, 80)}` });
      }
      const errors = validateAt(componentSchema("EventStreamData"), value);
      if (errors) report({ ...context, kind: "invalid_event", message: `Event-stream frame does not match EventStreamData: ${describeErrors(errors)}`, errors });
    },
  });
  return body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ transform: (chunk, controller) => (controller.enqueue(chunk), decoder.push(chunk)) }));
}
