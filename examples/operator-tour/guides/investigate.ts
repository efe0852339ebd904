import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 5, Investigate an execution: lifecycle, raw output, artifacts, the JSON for the incident record. */
export async function investigateExecution({ client, print }: TourContext): Promise<void> {
  print.guide("Guide 5: Investigate an execution");
  const id = DEMO.invocations.completed;

  print.step("Inspect the lifecycle", `xeroctl exec show ${id}`);
  const { data: invocation, requestId } = await client.GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: id } } });
  for (const t of invocation.transitions) print.detail(`${t.at}  ${t.from ?? "-"} → ${t.to}  by ${t.actor}${t.reason ? ` (${t.reason})` : ""}`);
  print.detail(`approvals: ${invocation.approval_ids.join(", ") || "none"}; final status ${invocation.status}, exit ${invocation.exit_code}`);

  print.step("Pull the raw stdout and stderr", `xeroctl exec raw ${id}`);
  const { data: output } = await client.GET("/v1/exec/invocations/{invocation_id}/output", { params: { path: { invocation_id: id } } });
  print.detail(`stdout: ${output.stdout.trim() || "(empty)"}\nstderr: ${output.stderr.trim() || "(empty)"}`);
  for (const ref of output.artifacts) {
    const { data: artifact } = await client.GET("/v1/chats/{chat_id}/artifacts/{artifact_id}", {
      params: { path: { chat_id: ref.chat_id, artifact_id: ref.id } },
    });
    print.detail(`artifact ${artifact.name} (${artifact.media_type}, ${artifact.size_bytes} bytes) read through the chat artifact API`);
  }

  print.step("Capture the JSON for the incident record", `xeroctl exec show ${id} -o json`);
  const record = JSON.stringify({ invocation, output, requestIds: [requestId] });
  print.detail(`${record.length} bytes of JSON, with request id ${requestId}`);
}
