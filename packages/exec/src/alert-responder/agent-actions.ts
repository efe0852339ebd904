import type { XerotierClient } from "@xerotier/api";
import { execChangesSince, newestEventId, pauseStateOf } from "./agent-state";
import { pauseRefusal, rememberPauseTime, type GuardrailState } from "./guardrails";
import type { OneAlert } from "./payload";
import { pauseKey, type PauseRecord, type PauseStore } from "./pause-store";
import type { AlertAction, AlertActionKind } from "./types";

/** What pausing and resuming need from the responder. */
export interface AgentActionsContext {
  client: XerotierClient;
  guardrails: GuardrailState;
  store: PauseStore;
  /** The store's records, as loaded and kept in step with it. */
  records: Map<string, PauseRecord>;
  now: () => Date;
  record: (alert: OneAlert, kind: AlertActionKind, extra?: Partial<AlertAction>) => AlertAction;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The bot's pause and resume, each leaving exactly one action. */
export function agentActions(ctx: AgentActionsContext) {
  const { client, records, store } = ctx;

  async function forget(workspace: string, agent: string): Promise<string> {
    try {
      await store.delete(workspace, agent);
      records.delete(pauseKey(workspace, agent));
      return "";
    } catch (error) {
      return `; its pause record could not be removed: ${messageOf(error)}`;
    }
  }

  /**
   * Pauses `agent` in `workspace` for `alert`: guardrails, then the lifecycle mark the resume will
   * check from, then the record (written before the pause, so a crash cannot lose it), then the call.
   */
  async function pause(alert: OneAlert, workspace: string, agent: string): Promise<AlertAction> {
    // Without a fingerprint, no `resolved` could ever be matched to this pause: it would stay forever.
    if (!alert.fingerprint) return ctx.record(alert, "pause-refused", { reason: "the alert has no fingerprint" });
    const at = ctx.now();
    const refusal = await pauseRefusal(ctx.guardrails, client, records, workspace, agent, at.getTime());
    if (refusal) return ctx.record(alert, "pause-refused", { reason: refusal });
    let afterEventId: string | null;
    try {
      afterEventId = await newestEventId(client, agent);
    } catch (error) {
      return ctx.record(alert, "pause-refused", { reason: `lifecycle events unreadable (the bot could not later tell its pause from a human's): ${messageOf(error)}` });
    }
    const entry: PauseRecord = { workspace, agent, fingerprint: alert.fingerprint, pausedAt: at.toISOString(), afterEventId };
    try {
      await store.save(entry);
    } catch (error) {
      return ctx.record(alert, "pause-refused", { reason: `the pause could not be recorded: ${messageOf(error)}` });
    }
    records.set(pauseKey(workspace, agent), entry);
    try {
      await client.POST("/v1/management/agents/{agent_id}/pause-exec", { params: { path: { agent_id: agent } }, body: { workspace_id: workspace } });
    } catch (error) {
      return ctx.record(alert, "pause-failed", { reason: `${messageOf(error)}${await forget(workspace, agent)}` });
    }
    rememberPauseTime(ctx.guardrails, agent, at.getTime());
    return ctx.record(alert, "paused");
  }

  /**
   * Why the bot's pause is not the one in effect any more (someone changed the agent since), or
   * `undefined` when it still is; `{ keep }` when that cannot be told now (the record stays).
   */
  async function takenOver(entry: PauseRecord): Promise<string | { keep: string } | undefined> {
    let agentNow: unknown;
    try {
      ({ data: agentNow } = await client.GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: entry.agent } } }));
    } catch (error) {
      return { keep: `the agent could not be read: ${messageOf(error)}` };
    }
    const state = pauseStateOf(agentNow, entry.workspace);
    if (state === "unknown") return { keep: "the agent's pause state is unreadable (exec_paused, paused_workspace_ids)" };
    if (state === "paused-everywhere") return "paused everywhere since the bot's pause (a human's pause): left for a human";
    if (state === "not-paused") return "no longer paused in the workspace (resumed by someone else)";
    let changes: Awaited<ReturnType<typeof execChangesSince>>;
    try {
      changes = await execChangesSince(client, entry.agent, entry.workspace, entry.afterEventId);
    } catch (error) {
      return { keep: `lifecycle events unreadable: ${messageOf(error)}` };
    }
    if (changes === undefined) return "the lifecycle events since the bot's pause cannot be read whole: left for a human";
    if (changes.length === 0) return "the bot's pause is not among the agent's lifecycle events: left for a human";
    const onlyOurs = changes.length === 1 && changes[0]!.type === "exec_paused" && changes[0]!.workspace === entry.workspace;
    if (!onlyOurs) return `paused or resumed by someone else since the bot's pause (${changes.map((c) => `${c.type} ${c.workspace ?? "everywhere"}`).join(", ")}): left for a human`;
    return undefined;
  }

  /** Resumes only the bot's own pause for this alert, and only while it is still the one in effect. */
  async function resume(alert: OneAlert, workspace: string, agent: string): Promise<AlertAction> {
    if (!alert.fingerprint) return ctx.record(alert, "resume-skipped", { reason: "the alert has no fingerprint" });
    const entry = records.get(pauseKey(workspace, agent));
    if (entry === undefined) return ctx.record(alert, "resume-skipped", { reason: "not paused by this bot" });
    if (entry.fingerprint !== alert.fingerprint) return ctx.record(alert, "resume-skipped", { reason: `paused for another alert (${entry.fingerprint})` });
    const verdict = await takenOver(entry);
    if (typeof verdict === "object") return ctx.record(alert, "resume-failed", { reason: `${verdict.keep}; the pause stays recorded` });
    if (typeof verdict === "string") return ctx.record(alert, "resume-skipped", { reason: `${verdict}${await forget(workspace, agent)}` });
    try {
      await client.POST("/v1/management/agents/{agent_id}/resume-exec", { params: { path: { agent_id: agent } }, body: { workspace_id: workspace } });
    } catch (error) {
      return ctx.record(alert, "resume-failed", { reason: messageOf(error) });
    }
    const problem = await forget(workspace, agent);
    return ctx.record(alert, "resumed", problem ? { reason: problem.slice(2) } : {});
  }

  return { pause, resume };
}
