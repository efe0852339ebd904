import { createExec, formatTimelineEntry } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 5, Investigate an execution: lifecycle, raw output, artifacts, the JSON for the incident record. */
export async function investigateExecution({ client, print }: TourContext): Promise<void> {
  print.guide("Guide 5: Investigate an execution");
  const exec = createExec(client);
  const id = DEMO.invocations.completed;

  print.step("Inspect the lifecycle", `xeroctl exec show ${id}`);
  for (const entry of await exec.timeline(id)) print.detail(formatTimelineEntry(entry));

  print.step("Pull the raw stdout and stderr", `xeroctl exec raw ${id}`);
  const output = await exec.output(id);
  print.detail(`stdout: ${output.stdout.trim() || "(empty)"}\nstderr: ${output.stderr.trim() || "(empty)"}`);
  for (const ref of output.artifacts) {
    const artifact = await exec.readArtifact(ref);
    print.detail(`artifact ${artifact.name} (${artifact.mediaType}, ${artifact.sizeBytes} bytes) read through the chat artifact API`);
  }

  print.step("Capture the JSON for the incident record", `xeroctl exec show ${id} -o json`);
  const incident = await exec.exportIncident(id);
  print.detail(`${JSON.stringify(incident).length} bytes of JSON: ${incident.timeline.length} timeline entries, ${incident.approvals.length} approval(s), ${incident.requestIds.length} request ids`);
}
