// The SSE byte stream every stream contender reads: the router's exact framing of approval events.
// Not a bench itself (bench/run.ts runs only the .ts files directly in bench/).

const encoder = new TextEncoder();
/** Events per network chunk (~45 KB chunks). */
export const CHUNK_EVENTS = 64;
/** The SSE `event:` names the fixture uses (clients that need one listener per name use these). */
export const EVENT_NAMES = ["exec.approval_requested", "exec.approved"] as const;

/** One SSE frame exactly as the router writes it: id, event, the envelope on one data line. */
export function frame(seq: number): string {
  const id = `evt_${String(seq).padStart(8, "0")}`;
  const status = seq % 5 === 0 ? "approved" : "pending";
  const envelope = {
    id,
    object: "event",
    type: status === "approved" ? "exec.approved" : "exec.approval_requested",
    created_at: 1_795_000_000 + seq,
    data: {
      id: `7e57a000-0000-4000-8000-${String(seq % 1e12).padStart(12, "0")}`,
      object: "approval",
      status,
      risk: seq % 2 ? "destructive" : "irreversible",
      workspace_id: "ws_kube_prod",
      agent_id: "agt_xem_fleet_01",
      invocation_id: `inv_${String(seq).padStart(6, "0")}`,
      tool_name: "kubectl_drain",
      tool_call: { name: "kubectl_drain", arguments: { node: `node-${seq % 97}` } },
      prompt: "api_key:demo_admin requested kubectl_drain {\"node\":\"node-7\"} in ws_kube_prod.",
      timeout_seconds: 900,
      expires_at: "2026-11-24T09:15:00Z",
      created_at: "2026-11-24T09:00:00Z",
      decided_at: status === "approved" ? "2026-11-24T09:01:00Z" : null,
      decided_by: status === "approved" ? "user:alice" : null,
      note: null,
      escalation_level: 0,
    },
  };
  return `id: ${id}\nevent: ${envelope.type}\ndata: ${JSON.stringify(envelope)}\n\n`;
}

/** The byte stream, pre-encoded in chunks so every contender reads identical bytes. */
export function buildChunks(events: number): Uint8Array[] {
  const chunks: Uint8Array[] = [encoder.encode("retry: 3000\n\n")];
  for (let start = 1; start <= events; start += CHUNK_EVENTS) {
    let text = "";
    for (let seq = start; seq < start + CHUNK_EVENTS && seq <= events; seq += 1) text += frame(seq);
    chunks.push(encoder.encode(text));
  }
  return chunks;
}

/** A body over the chunks, or an endless generated one (for the heap run, so nothing is prebuilt). */
export function body(chunks: Uint8Array[] | { generate: number }): ReadableStream<Uint8Array> {
  let index = 0;
  let seq = 1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (Array.isArray(chunks)) {
        const next = chunks[index++];
        if (next) controller.enqueue(next);
        else controller.close();
        return;
      }
      if (seq > chunks.generate) return controller.close();
      let text = "";
      for (let i = 0; i < CHUNK_EVENTS && seq <= chunks.generate; i += 1) text += frame(seq++);
      controller.enqueue(encoder.encode(text));
    },
  });
}

/** What the bench servers answer to the list of approvals a watch reads at its start: nothing open. */
export const EMPTY_LIST = JSON.stringify({ object: "list", data: [], has_more: false });

/** Whether a request URL (or path) is that list rather than the event stream. */
export function isApprovalList(url: string): boolean {
  return url.includes("/v1/exec/approvals");
}
