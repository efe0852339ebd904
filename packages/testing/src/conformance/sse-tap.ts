import type { ConformanceViolation } from "./types";
import { componentSchema, describeErrors, validateAt } from "../spec/validator";

/**
 * Passes an event-stream body through unchanged while checking each frame's `data` against
 * `EventStreamData`. Frames are checked as they pass, so a violation is recorded even if the
 * stream is later cut.
 */
export function tapEventStream(
  body: ReadableStream<Uint8Array>,
  context: Omit<ConformanceViolation, "kind" | "message">,
  report: (violation: ConformanceViolation) => void,
): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  let buffer = "";
  const check = (frame: string) => {
    const dataLines = frame.split(/\r\n|\r|\n/).filter((line) => line === "data" || line.startsWith("data:"));
    if (dataLines.length === 0) return; // comments, retry: and id-only frames carry no event
    const data = dataLines.map((line) => line.slice(5).replace(/^ /, "")).join("\n");
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      report({ ...context, kind: "invalid_event", message: `Event-stream frame data is not JSON: ${data.slice(0, 80)}` });
      return;
    }
    const errors = validateAt(componentSchema("EventStreamData"), value);
    if (errors) report({ ...context, kind: "invalid_event", message: `Event-stream frame does not match EventStreamData: ${describeErrors(errors)}`, errors });
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(chunk);
        buffer += decoder.decode(chunk, { stream: true });
        // Bounded: each pass removes one complete frame from the buffer.
        for (let match = /\r\n\r\n|\n\n|\r\r/.exec(buffer); match; match = /\r\n\r\n|\n\n|\r\r/.exec(buffer)) {
          check(buffer.slice(0, match.index));
          buffer = buffer.slice(match.index + match[0].length);
        }
      },
    }),
  );
}
