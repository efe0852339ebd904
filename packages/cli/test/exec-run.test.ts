// `xeroctl exec run` and `xeroctl tools`, in process against the demo router: a tool call started
// from the command line, its arguments checked against the tool's schema before anything is sent.
import { DEMO } from "@xerotier/testing";
import { describe, expect, it } from "vitest";
import { until, useInProcessCli } from "./in-process";

const { cli, start, router } = useInProcessCli();

const invocationsOf = (tool: string) => router().world.invocations.list({}).data.filter((i) => i.tool_name === tool);

describe("xeroctl tools", () => {
  it("list: every tool with its risk, domain, timeout and how many agents serve it", async () => {
    const r = await cli(["tools", "list", "--workspace", DEMO.workspaces.prod]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^NAME +RISK +DOMAIN +TIMEOUT +AGENTS +DESCRIPTION$/);
    expect(r.stdout).toMatch(/^kubectl_get +read +kubernetes +30000ms +\d+ +Read Kubernetes resources\.$/m);
    const json = JSON.parse((await cli(["tools", "list", "-o", "json"])).stdout) as Array<{ name: string }>;
    expect(json.map((t) => t.name)).toContain(DEMO.tools.destructive);
  });

  it("show: the tool and its parameters, required first", async () => {
    const r = await cli(["tools", "show", DEMO.tools.write]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Risk +write$/m);
    const table = r.stdout.slice(r.stdout.indexOf("PARAMETER"));
    expect(table.split("\n").slice(0, 4)).toEqual([
      expect.stringMatching(/^PARAMETER +TYPE +REQUIRED +DESCRIPTION$/),
      expect.stringMatching(/^resource +string +yes$/),
      expect.stringMatching(/^name +string +yes$/),
      expect.stringMatching(/^labels +object +yes$/),
    ]);
    expect((await cli(["tools", "show", "kubectl_nope"])).code).toBe(1);
  });
});

describe("xeroctl exec run", () => {
  it("starts the invocation and, with --wait, prints its output and final status", async () => {
    const running = start(["exec", "run", DEMO.tools.read, "--workspace", DEMO.workspaces.staging, "--arg", "resource=pods", "--arg", "name=web-1", "--wait"]);
    await until(() => invocationsOf(DEMO.tools.read).length > 0, 10_000, "the invocation");
    await until(() => running.output.stdout.includes("is dispatched") || running.output.stdout.includes("is running"), 10_000, "the start line");
    router().clock.advance(10_000);
    const r = await running.done;
    expect(r.code).toBe(0);
    const [inv] = invocationsOf(DEMO.tools.read);
    expect(inv!.arguments).toEqual({ resource: "pods", name: "web-1" });
    expect(r.stdout).toContain(`Invocation ${inv!.id} is `);
    expect(r.stdout).toMatch(/--- stdout ---\nNAME +READY +STATUS +RESTARTS +AGE\nweb-1 +1\/1 +Running/);
    expect(r.stdout).toMatch(/exit code: 0\nFinal status: completed\n$/);
  });

  it("exits 3 with --wait when the invocation does not complete", async () => {
    const running = start(["exec", "run", DEMO.tools.failing, "--workspace", DEMO.workspaces.staging, "--arg", "deployment=web", "--wait", "-o", "json"]);
    await until(() => invocationsOf(DEMO.tools.failing).length > 1, 10_000, "the invocation"); // the seed has one already
    router().clock.advance(10_000);
    const r = await running.done;
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "failed", exit_code: 1 });
  });

  it("says which approval a destructive call waits for, and how to decide it", async () => {
    const r = await cli(["exec", "run", DEMO.tools.destructive, "--workspace", DEMO.workspaces.prod, "--arg", "node=node-4"]);
    expect(r.code).toBe(0);
    const inv = invocationsOf(DEMO.tools.destructive).find((i) => i.arguments.node === "node-4")!;
    const approval = inv.approval_ids.at(-1)!;
    expect(r.stdout).toBe(`Invocation ${inv.id} waits for approval ${approval} (destructive tool): xeroctl approvals approve ${approval} --note <reason>\n`);
  });

  it("reports every problem with the arguments in one message, and sends nothing", async () => {
    const before = router().world.invocations.list({}).data.length;
    const r = await cli(["exec", "run", DEMO.tools.write, "--workspace", DEMO.workspaces.staging, "--arg", "resouce=node", "--arg", "labels=zone-b"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        "xeroctl: the arguments of kubectl_label do not match its parameter schema (4 problems):",
        "  --arg resource: resource is required (string)",
        "  --arg name: name is required (string)",
        "  --arg resouce: resouce is not a parameter of this tool; did you mean resource?",
        '  --arg labels: labels must be object, got "zone-b"',
        "Its parameters: xeroctl tools show kubectl_label",
        "Run 'xeroctl exec run --help' for usage.",
        "",
      ].join("\n"),
    );
    expect(router().world.invocations.list({}).data.length).toBe(before);
  });

  it("reads a value as text for a string parameter, as JSON otherwise when it parses", async () => {
    const r = await cli([
      "exec",
      "run",
      DEMO.tools.write,
      "--workspace",
      DEMO.workspaces.staging,
      "--arg",
      "resource=123",
      "--arg",
      "name=true",
      "--arg",
      'labels={"zone":"b","tier":2}',
      "-o",
      "json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).arguments).toEqual({ resource: "123", name: "true", labels: { zone: "b", tier: 2 } });
    const bad = await cli(["exec", "run", DEMO.tools.write, "--workspace", DEMO.workspaces.staging, "--arg", "resource=n", "--arg", "name=x", "--arg", "labels=[1]"]);
    expect(bad.stderr).toContain("--arg labels: labels must be object, got [1]");
  });

  it("names the closest tool when there is none by that name", async () => {
    const r = await cli(["exec", "run", "kubectl_gte", "--workspace", DEMO.workspaces.staging]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xeroctl: unknown tool 'kubectl_gte'; did you mean 'kubectl_get'? (xeroctl tools list)");
  });

  it("refuses a malformed or repeated --arg, and a missing --workspace, before reading any configuration", async () => {
    const noKey = { env: { XEROTIER_API_KEY: undefined } };
    const cases: Array<[string[], string]> = [
      [["exec", "run", "kubectl_get", "--workspace", "ws", "--arg", "resource"], "--arg expects <name>=<value>; got 'resource'"],
      [["exec", "run", "kubectl_get", "--workspace", "ws", "--arg", "=pods"], "--arg expects <name>=<value>; got '=pods'"],
      [["exec", "run", "kubectl_get", "--workspace", "ws", "--arg", "a=1", "--arg", "a=2"], "--arg a is given twice"],
      [["exec", "run", "kubectl_get", "--arg", "a=1"], "--workspace is required"],
      [["exec", "run", "kubectl_get", "--workspace", "ws", "--max-wait", "5"], "--max-wait is only valid with --wait"],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, noKey);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain(`xeroctl: ${message}\n`);
    }
  });
});
