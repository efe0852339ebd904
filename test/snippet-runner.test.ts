// The snippet runner itself (scripts/run-snippets.mjs): what it runs, in which order, and how a
// failure, a hang and a stream that never ends are told apart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundlePrograms, pageEnvironment, pagePrograms, runProgram, type SnippetProgram } from "../scripts/run-snippets.mjs";

const fence = "```";
const page = (...lines: string[]) => lines.join("\n");

const IN_PROCESS_CLIENT = [
  'import { createXerotierClient } from "@xerotier/api";',
  'import { createRouter } from "@xerotier/testing";',
  'const router = createRouter({ seed: "demo", clock: "manual" });',
  'const xero = createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test/proj_demo", apiKey: "xero_demo_admin", maxRetries: 0 });',
];

const pages = {
  wrongId: page(
    "# A page with a wrong id",
    `${fence}ts`,
    ...IN_PROCESS_CLIENT,
    fence,
    "Then:",
    `${fence}ts`,
    'await xero.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "de3a0000-0000-4000-8000-00000000dead" } } });',
    fence,
  ),
  inOrder: page(
    "<!-- ts prelude: your application",
    "const seen: string[] = [];",
    "-->",
    `${fence}ts`,
    'seen.push("first");',
    fence,
    "<!-- ts meanwhile: the world outside acts here",
    'seen.push("meanwhile");',
    "-->",
    `${fence}ts no-run`,
    'seen.push("not run");',
    fence,
    `${fence}ts`,
    'if (seen.join() !== "first,meanwhile") throw new Error(`ran ${seen.join()}`);',
    fence,
    `${fence}ts forever`,
    "setInterval(() => {}, 1_000); // follows something until stopped",
    'if (seen.join() !== "first,meanwhile") throw new Error(`forever block after ${seen.join()}`);',
    fence,
  ),
  hangs: page(`${fence}ts`, "await new Promise(() => setInterval(() => {}, 1_000)); // never settles", fence),
  vitest: page(
    `${fence}ts standalone`,
    'import { expect, it } from "vitest";',
    'it("is checked", () => expect(1 + 1).toBe(3));',
    fence,
  ),
};

const programs: Record<keyof typeof pages, SnippetProgram[]> = {
  wrongId: pagePrograms("docs/wrong-id.md", pages.wrongId),
  inOrder: pagePrograms("docs/in-order.md", pages.inOrder),
  hangs: pagePrograms("docs/hangs.md", pages.hangs),
  vitest: pagePrograms("docs/vitest.md", pages.vitest),
};

let outdir: string;
beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), "snippet-runner-"));
  await bundlePrograms(Object.values(programs).flat(), outdir);
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("run-snippets: running the Markdown TypeScript snippets", () => {
  it("fails a page whose snippet uses an id the router does not know, at that block's line", async () => {
    const [program] = programs.wrongId;
    const result = await runProgram(program!);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/No approval with id 'de3a0000-0000-4000-8000-00000000dead'/);
    expect(result.reached).toBe(10);
  });

  it("runs the prelude, blocks and hidden meanwhile blocks in page order, leaves no-run blocks out, and a forever block in a program of its own", async () => {
    expect(programs.inOrder.map((p) => [p.name, p.forever])).toEqual([
      ["docs/in-order.md", false],
      ["docs/in-order.md:17", true],
    ]);
    const [steps, forever] = programs.inOrder;
    expect(await runProgram(steps!)).toMatchObject({ ok: true, reached: 14 });
    expect(await runProgram(forever!, { foreverMs: 200 })).toMatchObject({ ok: true, reached: 17 });
  });

  it("fails a program that does not finish within its time limit, naming the block it was in", async () => {
    const result = await runProgram(programs.hangs[0]!, { timeoutMs: 500 });
    expect(result).toMatchObject({ ok: false, reached: 2 });
    expect(result.error?.message).toBe("did not finish within 500 ms");
  });

  it("runs a vitest-style snippet's tests, and fails when an expectation fails", async () => {
    const result = await runProgram(programs.vitest[0]!);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/^test "is checked" failed: /);
  });

  it("takes the environment a page states, pointing the local router's address at the router under test", () => {
    const text = page("```sh", "export XEROTIER_BASE_URL=http://127.0.0.1:4010/proj_demo XEROTIER_API_KEY=xero_demo_admin", "xeroctl agents", "```");
    expect(pageEnvironment(text, "http://127.0.0.1:54321")).toEqual({ XEROTIER_BASE_URL: "http://127.0.0.1:54321/proj_demo", XEROTIER_API_KEY: "xero_demo_admin" });
    expect(pageEnvironment("```ts\nexport const X=1;\n```", "http://x")).toEqual({});
  });
});
