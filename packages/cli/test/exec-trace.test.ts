// `xeroctl exec show` prints the trace id a server recorded for the invocation (from the
// `traceparent` it was created with), and no trace line for an invocation without one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRouter, DEMO } from "@xerotier/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/index";

const TRACE = "0af7651916cd43dd8448eb211c80319c";
const router = createRouter({ clock: "manual", rateLimit: false });
let configHome = "";
beforeAll(async () => {
  configHome = await mkdtemp(join(tmpdir(), "xeroctl-trace-"));
});
afterAll(async () => {
  await router.close();
  await rm(configHome, { recursive: true, force: true });
});

async function xeroctl(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: "", stderr: "" };
  const code = await run(args, {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    env: { XEROTIER_BASE_URL: "http://router.test", XEROTIER_PROJECT: DEMO.project, XEROTIER_API_KEY: "xero_demo_admin", XDG_CONFIG_HOME: configHome },
    fetch: router.fetch,
  });
  return { code, ...out };
}

async function invoke(headers: Record<string, string>): Promise<string> {
  const response = await router.fetch(`http://router.test/${DEMO.project}/v1/exec/invocations`, {
    method: "POST",
    headers: { authorization: "Bearer xero_demo_admin", "content-type": "application/json", ...headers },
    body: JSON.stringify({ workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: "pods" } }),
  });
  return ((await response.json()) as { id: string }).id;
}

describe("xeroctl exec show: trace", () => {
  it("prints the trace id of an invocation created with a traceparent", async () => {
    const id = await invoke({ traceparent: `00-${TRACE}-b7ad6b7169203331-01` });
    const r = await xeroctl(["exec", "show", id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Trace\\s+${TRACE}$`, "m"));
  });

  it("prints no trace line when the server recorded none", async () => {
    const id = await invoke({});
    const r = await xeroctl(["exec", "show", id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`ID `);
    expect(r.stdout).not.toMatch(/^Trace/m);
  });
});
