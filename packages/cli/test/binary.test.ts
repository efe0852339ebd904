// The built `xeroctl` binary, spawned as a user runs it: the bundle starts and talks to the router,
// and Ctrl-C (a real SIGINT) ends the process with 130. Everything else runs in process.
import { rm } from "node:fs/promises";
import { DEMO } from "@xerotier/testing";
import { useRouter } from "@xerotier/testing/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binary, buildCli, spawnBinary, waitFor } from "./support";

describe("the xeroctl binary", { timeout: 90_000 }, () => {
  const h = useRouter({ rateLimit: false });
  let binDir: string | undefined;
  const env = () => ({ XEROTIER_BASE_URL: `${h.baseUrl}/${DEMO.project}`, XEROTIER_API_KEY: "xero_demo_admin", XDG_CONFIG_HOME: binDir });

  beforeAll(async () => void (binDir = await buildCli()), 300_000);
  afterAll(() => binDir && rm(binDir, { recursive: true, force: true }));

  it("prints its version and lists the router's agents", async () => {
    const version = await binary(["--version"], env());
    expect(version).toMatchObject({ code: 0, stderr: "" });
    expect(version.stdout).toMatch(/^xeroctl \d+\.\d+\.\d+\n@xerotier\/api \d+\.\d+\.\d+\n$/);
    const agents = await binary(["agents"], env());
    expect(agents.code).toBe(0);
    expect(agents.stdout).toContain(DEMO.agents.fleet01);
  });

  it("exits 130 on SIGINT during a retry backoff, printing nothing more", async () => {
    h.router.faults.failNext(1, { status: 429, retryAfter: 30 });
    const run = spawnBinary(["agents"], env());
    try {
      await waitFor(() => run.output.stderr.includes("rate limited: retrying in 30s"), 10_000, "the progress line");
      run.child.kill("SIGINT");
      expect(await run.exited).toBe(130);
    } finally {
      run.child.kill("SIGKILL");
    }
    expect(run.output.stdout).toBe("");
    expect(run.output.stderr).toBe("rate limited: retrying in 30s\n");
  });
});
