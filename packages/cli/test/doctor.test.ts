import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDriftingRouter, createRouter, DEMO, rewriteOnPath, withoutFields, type Router } from "@xerotier/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { onFakeClock } from "../../../test/support/fake-clock";
import { run, type CliIO } from "../src/index";

// `xeroctl doctor`, run in-process through run(argv, io) against the reference router.
const routers: Router[] = [];
afterEach(async () => {
  for (const router of routers.splice(0)) await router.close();
});

function demoRouter(): Router {
  const router = createRouter({ keepAliveMs: 50, rateLimit: false });
  routers.push(router);
  return router;
}

async function xeroctl(args: string[], fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>, io: Partial<CliIO> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await onFakeClock(() =>
    run(["doctor", "--stream-seconds", "1", ...args], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: { XEROTIER_BASE_URL: "http://router.test", XEROTIER_PROJECT: DEMO.project, XEROTIER_API_KEY: "xero_demo_admin" },
      fetch: fetch as typeof globalThis.fetch,
      ...io,
    }),
  );
  return { code, stdout, stderr };
}

const joinKeyCount = (router: Router) => router.world.joinKeys.list({ limit: 100 }).data.length;

describe("xeroctl doctor", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "xeroctl-doctor-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("prints every operation and check, then the verdict, and exits 0 on the reference router", async () => {
    const router = demoRouter();
    const r = await xeroctl([], router.fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Target +http:\/\/router\.test\/proj_demo$/m);
    expect(r.stdout).toMatch(/^listApprovals +conforms +1 page, 5 items$/m);
    expect(r.stdout).toMatch(/^approveApproval +not probed +a write the doctor never makes$/m);
    expect(r.stdout).toMatch(/^stream_open +conforms +the first frame is stream\.open/m);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^OK: every answer of the \d+ operations probed conforms to the spec\.$/);
  });

  it("-o json prints the report without fixtures", async () => {
    const r = await xeroctl(["-o", "json"], demoRouter().fetch);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ verdict: { ok: true }, wrote: false, target: { project: DEMO.project } });
    expect(report).not.toHaveProperty("fixtures");
  });

  it("-o markdown prints a report to send upstream, naming no host, project or key", async () => {
    const r = await xeroctl(["-o", "markdown"], demoRouter().fetch);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## xeroctl doctor report\n\n- \*\*Verdict:\*\* OK/);
    expect(r.stdout).toContain("| `listApprovals` | conforms | 1 page, 5 items |");
    for (const secret of ["router.test", DEMO.project, "xero_demo_admin"]) expect(r.stdout).not.toContain(secret);
  });

  it("exits 1 and names the finding when something the SDK depends on differs", async () => {
    const server = createDriftingRouter({ keepAliveMs: 50 });
    routers.push(server.router);
    server.rewrite = rewriteOnPath(/\/approvals\/[^/]+$/, (approval) => withoutFields(approval, "status"));
    const r = await xeroctl([], server.fetch);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^getApproval +\$\.status +missing +depends +expected string, got absent$/m);
    expect(r.stdout).toContain("DIFFERS: 1 finding(s) the SDK depends on: getApproval $.status (missing).");
  });

  describe("--write", () => {
    it("refuses without a terminal to confirm on, unless --yes; nothing is written", async () => {
      const router = demoRouter();
      const before = joinKeyCount(router);
      const r = await xeroctl(["--write"], router.fetch);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("xeroctl: --write changes the deployment: run it on a terminal to confirm, or pass --yes");
      expect(joinKeyCount(router)).toBe(before);
    });

    it("says what it will change and stops when the answer is no", async () => {
      const router = demoRouter();
      const before = joinKeyCount(router);
      const questions: string[] = [];
      const r = await xeroctl(["--write", "--workspace", DEMO.workspaces.staging], router.fetch, { confirm: async (q) => (questions.push(q), false) });
      expect(r.code).toBe(2);
      expect(questions[0]).toContain("create a join key (expiring in 1 hour) and revoke it at once");
      expect(questions[0]).toContain(`invoke one tool of risk "read" that takes no argument in ${DEMO.workspaces.staging}`);
      expect(r.stderr).toContain("doctor: cancelled; nothing was probed.");
      expect(joinKeyCount(router)).toBe(before);
    });

    it("makes the safe writes once confirmed, and revokes its join key", async () => {
      const router = demoRouter();
      const before = new Set(router.world.joinKeys.list({ limit: 100 }).data.map((k) => k.id));
      const r = await xeroctl(["--write"], router.fetch, { confirm: async () => true });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^createJoinKey +conforms/m);
      const minted = router.world.joinKeys.list({ limit: 100 }).data.filter((k) => !before.has(k.id));
      expect(minted.map((k) => k.status)).toEqual(["revoked"]);
    });

    it("--yes skips the question", async () => {
      let asked = false;
      const r = await xeroctl(["--write", "--yes"], demoRouter().fetch, { confirm: async () => (asked = true) });
      expect(r.code).toBe(0);
      expect(asked).toBe(false);
    });
  });

  describe("--record", () => {
    it("writes every answer, redacted, into a new directory and says how to replay it", async () => {
      const target = join(dir, "demo");
      const r = await xeroctl(["--record", target], demoRouter().fetch);
      expect(r.code).toBe(0);
      const files = await readdir(target);
      expect(files).toContain("001-getHealth.json");
      expect(r.stderr).toContain(`Recorded ${files.length} answers, redacted, in ${target}; replay them with: xerotier-router --fixtures ${target}`);
      for (const file of files) expect(await readFile(join(target, file), "utf8")).not.toContain("xero_demo_admin");
    });

    it("refuses a directory that holds files, before probing", async () => {
      const busy = join(dir, "busy");
      await rm(busy, { recursive: true, force: true });
      await mkdir(busy);
      await writeFile(join(busy, "notes.txt"), "mine");
      let requests = 0;
      const router = demoRouter();
      const r = await xeroctl(["--record", busy], (input, init) => (requests++, router.fetch(input, init)));
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")).toContain(`xeroctl: --record: ${busy} is not empty; record into a new or empty directory`);
      expect(requests).toBe(0);
    });
  });

  it.each([
    [["--stream-seconds", "0"], "--stream-seconds must be a whole number from 1 to 300; got '0'"],
    [["--stream-seconds", "soon"], "--stream-seconds must be a whole number from 1 to 300; got 'soon'"],
    [["--workspace", "ws_kube_prod"], "--workspace names the workspace of the --write invocation; add --write"],
    [["-o", "yaml"], "-o must be table or json or markdown; got 'yaml'"],
  ])("%j is a usage error", async (args, message) => {
    const r = await xeroctl(args, demoRouter().fetch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
