import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 5, Investigate an execution: lifecycle, raw output, artifacts, the JSON for the incident record. */
export async function investigateExecution({ client, print, command }: TourContext): Promise<void> {
  print.guide("Guide 5: Investigate an execution");
  const exec = createExec(client);
  const id = DEMO.invocations.completed;

  await command("Inspect the lifecycle", `xeroctl exec show ${id}`);
  await command("Pull the raw stdout and stderr", `xeroctl exec raw ${id}`);
  // The artifact's content, through the chat artifact API (a library call: xeroctl lists the references).
  for (const ref of (await exec.output(id)).artifacts) {
    const artifact = await exec.readArtifact(ref);
    print.detail(`artifact ${artifact.name} (${artifact.mediaType}, ${artifact.sizeBytes} bytes) read through the chat artifact API`);
  }

  await command("Capture the JSON for the incident record", `xeroctl exec show ${id} -o json`, {
    show: (r) => {
      const incident = JSON.parse(r.stdout) as { timeline: unknown[]; approvals: unknown[]; request_ids: unknown[] };
      return `${r.stdout.length} bytes of JSON: ${incident.timeline.length} timeline entries, ${incident.approvals.length} approval(s), ${incident.request_ids.length} request ids`;
    },
  });
}
