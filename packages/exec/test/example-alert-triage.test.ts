/** The examples/alert-triage program, run against the reference router over HTTP. */
import { fileURLToPath } from "node:url";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../examples/alert-triage/main";
import { useRouter } from "./support";

const sample = fileURLToPath(new URL("../../../examples/alert-triage/alert.json", import.meta.url));

describe("examples/alert-triage", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("triages the sample alert.json and prints the failure, the agent and the codes", async () => {
    const out: string[] = [];
    const code = await main([sample], { client: h.client(), write: (t) => out.push(t) });
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toContain(`latest failure ${DEMO.invocations.failed}`);
    expect(text).toContain("error codes seen: non_zero_exit");
    expect(text).toContain(`xeroctl exec show ${DEMO.invocations.failed}`);
    expect(h.router.world.agents.get(DEMO.agents.edge03).exec_paused).toBe(false);
  });

  it("--pause pauses the agent; --json prints the structured reports; stdin is read when no file is given", async () => {
    const out: string[] = [];
    const stdin = JSON.stringify({ project: DEMO.project, workspace: DEMO.workspaces.staging, agent: DEMO.agents.edge03 });
    const code = await main(["--pause", "--json"], { client: h.client(), readStdin: async () => stdin, write: (t) => out.push(t) });
    expect(code).toBe(0);
    const [report] = JSON.parse(out.join("\n"));
    expect(report).toMatchObject({ paused: { ok: true }, latestFailure: { id: DEMO.invocations.failed } });
    expect(h.router.world.agents.get(DEMO.agents.edge03).exec_paused).toBe(true);
  });

  it("exits 2 on input that is not JSON, and 1 when triage met API errors", async () => {
    const out: string[] = [];
    expect(await main([], { client: h.client(), readStdin: async () => "not json", write: (t) => out.push(t) })).toBe(2);
    const stdin = JSON.stringify({ project: DEMO.project, workspace: DEMO.workspaces.staging, agent: "agt_gone" });
    expect(await main([], { client: h.client(), readStdin: async () => stdin, write: (t) => out.push(t) })).toBe(1);
    expect(out.join("\n")).toContain("agent_not_found");
  });
});
