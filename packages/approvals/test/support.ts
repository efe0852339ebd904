/**
 * Test support: the reference router over HTTP (the testing package's harness), plus helpers to
 * open approvals the way operators see them.
 */
import type { XerotierClient } from "@xerotier/api";
import { DEMO, type StartRouterOptions } from "@xerotier/testing";
import { useRouter, type RouterHarness } from "@xerotier/testing/vitest";
import type { Approval, Coordination, Risk } from "../src/index";

/** The harness plus the kit's way to open approvals the public API cannot open. */
export interface ApprovalsHarness extends RouterHarness {
  /** Opens a gated approval at any risk (the demo router gates only destructive/irreversible calls). */
  injectApproval(input: { risk: Risk; workspaceId: string; toolName?: string }): Approval;
}

/**
 * One router per test file: demo seed, manual clock, no rate limit, a 5 ms `retry:` so
 * reconnects are quick.
 */
export function useApprovalsRouter(options: Omit<StartRouterOptions, "port" | "host"> = {}): ApprovalsHarness {
  const h = useRouter({ clock: "manual", rateLimit: false, retryMs: 5, ...options });
  return Object.assign(Object.create(h) as RouterHarness, {
    injectApproval(input: { risk: Risk; workspaceId: string; toolName?: string }): Approval {
      return h.router.scenario.requestApproval({ ...input, arguments: { resource: "pods" } });
    },
  });
}

/** Invokes a gated demo tool through the API and returns the id of the approval it opened. */
export async function requestApproval(
  client: XerotierClient,
  input: { workspaceId?: string; risk?: "destructive" | "irreversible"; node?: string } = {},
): Promise<string> {
  const risk = input.risk ?? "destructive";
  const { data } = await client.POST("/v1/exec/invocations", {
    body: {
      workspace_id: input.workspaceId ?? DEMO.workspaces.prod,
      tool_name: risk === "destructive" ? DEMO.tools.destructive : DEMO.tools.irreversible,
      arguments: risk === "destructive" ? { node: input.node ?? "node-1" } : { server_id: input.node ?? "srv-1" },
    },
  });
  const id = data.approval_ids[0];
  if (!id) throw new Error("invocation opened no approval");
  return id;
}

/** Takes up to `count` items from an async iterator, giving up after `timeoutMs` (tests stay bounded). */
export async function take<T>(iterator: AsyncIterator<T>, count: number, timeoutMs = 10_000): Promise<T[]> {
  const items: T[] = [];
  const deadline = Date.now() + timeoutMs;
  while (items.length < count) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`timed out after ${items.length}/${count} items`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${items.length}/${count} items`)), remaining))),
    ]).finally(() => clearTimeout(timer));
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

/** Polls `check` every 5 ms until it holds; fails after `timeoutMs`, naming `what` (tests stay bounded). */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * `shared` as a replica that crashes once `crashed()` is called: it never releases its lease (its
 * process is gone), so a successor takes over only when the lease runs out.
 */
export function crashable(shared: Coordination): { coordination: Coordination; crash(): void } {
  let dead = false;
  const coordination = Object.assign(Object.create(shared) as Coordination, {
    release: async (...args: Parameters<Coordination["release"]>) => (dead ? undefined : shared.release(...args)),
  });
  return { coordination, crash: () => void (dead = true) };
}
