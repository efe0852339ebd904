import { createAgents, type Agent, type JoinKey } from "@xerotier/agents";
import { EXIT, UsageError, type ExitCode } from "../exit";
import { shown } from "../secrets";
import { cell } from "../format";
import type { Command, CommandContext } from "../command";
import { id, optional, positiveInt, required } from "./util";

const agentsOf = (ctx: CommandContext) => createAgents(ctx.client());

function execState(agent: Agent): string {
  if (agent.exec_paused) return "paused";
  return agent.paused_workspace_ids.length > 0 ? `paused in ${agent.paused_workspace_ids.join(",")}` : "active";
}

/** `xeroctl agents` / `xeroctl agents list`. */
export const agentsList: Command = {
  words: ["agents", "list"],
  usage: "agents [list]",
  summary: "List enrolled agents with status, exec state and last heartbeat.",
  examples: ["xeroctl agents", "xeroctl agents -o json"],
  async run(ctx) {
    const agents = await agentsOf(ctx).list().toArray();
    if (ctx.out.format === "json") ctx.out.json(agents);
    else
      ctx.out.table(
        ["id", "name", "role", "status", "exec", "region", "last heartbeat"],
        agents.map((a) => [a.id, a.name, a.role, ctx.out.status(a.status), execState(a), a.region, ctx.out.age(a.last_heartbeat_at)]),
        "No agents enrolled.",
      );
    return EXIT.ok;
  },
};

/** `xeroctl agents <agent-id>`: the tool surface, its manifest version and hash, and last heartbeat. */
export const agentsShow: Command = {
  words: ["agents", "show"],
  usage: "agents <agent-id>",
  // `agents show <agent-id>` routes here too.
  summary: "Show one agent: status, last heartbeat, manifest version and hash, and the tool surface it published.",
  examples: ["xeroctl agents agt_xem_fleet_01", "xeroctl agents agt_xem_fleet_01 -o json"],
  positionals: ["agent-id"],
  async run(ctx) {
    const agent = await agentsOf(ctx).get(id(ctx));
    if (ctx.out.format === "json") {
      ctx.out.json(agent);
      return EXIT.ok;
    }
    ctx.out.fields([
      ["ID", agent.id],
      ["Name", agent.name],
      ["Role", agent.role],
      ["Status", ctx.out.status(agent.status)],
      ["Exec", execState(agent)],
      ["Region", agent.region],
      ["Worker", agent.worker_id],
      ["Last heartbeat", agent.last_heartbeat_at ? `${agent.last_heartbeat_at} (${ctx.out.age(agent.last_heartbeat_at)})` : "-"],
      ["CURVE rotated", cell(agent.curve_rotated_at)],
      ["Workspaces", cell(agent.manifest.workspace_ids.join(", "))],
      ["Manifest", `v${agent.manifest.version} ${agent.manifest.hash}`],
    ]);
    ctx.out.line();
    ctx.out.table(
      ["tool", "risk", "domain", "timeout", "description"],
      agent.manifest.tools.map((t) => [t.name, t.risk, t.domain, `${t.timeout_ms}ms`, t.description]),
      "The agent publishes no tools.",
    );
    return EXIT.ok;
  },
};

function joinKeyRows(ctx: CommandContext, keys: JoinKey[]): string[][] {
  return keys.map((k) => [k.id, k.name, k.region, k.role, ctx.out.status(k.status), ctx.out.age(k.expires_at), k.router_addr]);
}

/** `xeroctl agents join-keys [<id> --revoke | --create …]`. */
export const agentsJoinKeys: Command = {
  words: ["agents", "join-keys"],
  usage: "agents join-keys [--create --name <n> --region <r> --router-addr tcp://<host>:5555 [--wait [--max-wait <s>]] | <id> --revoke]",
  summary: "List join keys; mint one (its secret is printed once), optionally waiting for the agent that enrols with it; or revoke one.",
  flagHelp: [
    "--create               mint a single-use join key (prints the key once, on stdout)",
    "--name <n>             name of the key (with --create)",
    "--region <r>           region the enrolled agent gets (with --create)",
    "--router-addr <addr>   router address the agent dials, tcp://<host>:5555 (with --create)",
    "--expires-in <hours>   lifetime in hours (with --create; default 24)",
    "--wait                 after --create, wait until an agent enrols with the key and print it",
    "--max-wait <seconds>   how long --wait waits (default 600)",
    "--revoke               revoke the join key <id>",
  ],
  examples: [
    "xeroctl agents join-keys",
    "xeroctl agents join-keys --create --name edge-east --region us-east-1 --router-addr tcp://router.example.com:5555",
    "xeroctl agents join-keys --create --name edge-east --region us-east-1 --router-addr tcp://router.example.com:5555 --wait",
    "xeroctl agents join-keys jk_demo_active --revoke",
  ],
  options: {
    create: { type: "boolean" },
    revoke: { type: "boolean" },
    name: { type: "string" },
    region: { type: "string" },
    "router-addr": { type: "string" },
    "expires-in": { type: "string" },
    wait: { type: "boolean" },
    "max-wait": { type: "string" },
  },
  positionals: ["id"],
  optional: 1,
  async run(ctx) {
    const name = "agents join-keys";
    const keyId = ctx.args[0];
    if (ctx.values.create && ctx.values.revoke) throw new UsageError("--create and --revoke cannot be combined", name);
    if (ctx.values.create) {
      if (keyId !== undefined) throw new UsageError("--create takes no join-key id", name);
      const input = {
        name: required(ctx.values, "name", name),
        region: required(ctx.values, "region", name),
        routerAddr: required(ctx.values, "router-addr", name),
        expiresInHours: positiveInt(ctx.values, "expires-in", 24, name),
      };
      const maxWaitMs = positiveInt(ctx.values, "max-wait", 600, name) * 1000; // a bad one fails before the key is minted
      const key = await agentsOf(ctx).createJoinKey(input);
      if (ctx.out.format === "json" && !ctx.values.wait) ctx.out.json(key);
      else if (ctx.out.format !== "json") {
        ctx.out.line(key.key);
        ctx.out.note(`Created join key ${key.id} (${key.name}, ${key.region}), expires ${key.expires_at}. The key is shown only this once.`);
      }
      if (!ctx.values.wait) return EXIT.ok;
      return waitForAgent(ctx, key, maxWaitMs);
    }
    for (const flag of ["name", "region", "router-addr", "expires-in", "max-wait"]) {
      if (optional(ctx.values, flag) !== undefined) throw new UsageError(`--${flag} is only valid with --create`, name);
    }
    if (ctx.values.revoke) {
      if (keyId === undefined) throw new UsageError("--revoke needs the join-key id: xeroctl agents join-keys <id> --revoke", name);
      const key = await agentsOf(ctx).revokeJoinKey(keyId);
      if (ctx.out.format === "json") ctx.out.json(key);
      else ctx.out.line(`Join key ${key.id} is ${key.status}.`);
      return EXIT.ok;
    }
    if (ctx.values.wait) throw new UsageError("--wait is only valid with --create", name);
    if (keyId !== undefined) throw new UsageError(`unexpected argument '${shown(keyId)}' (to revoke a key add --revoke)`, name);
    const keys = await agentsOf(ctx).listJoinKeys().toArray();
    if (ctx.out.format === "json") ctx.out.json(keys);
    else ctx.out.table(["id", "name", "region", "role", "status", "expires", "router"], joinKeyRows(ctx, keys), "No join keys.");
    return EXIT.ok;
  },
};

// `--create --wait`: the enrolment that consumes the key, as the deploy guide's next step.
async function waitForAgent(ctx: CommandContext, key: JoinKey & { key: string }, maxWaitMs: number): Promise<ExitCode> {
  const stop = ctx.progress.waiting(`waiting for an agent to enrol with join key ${key.id}…`);
  // The spinner goes before the result line is printed, never after it.
  const agent = await agentsOf(ctx).waitForEnrollment(key.id, { maxWaitMs, signal: ctx.signal }).finally(stop);
  if (ctx.out.format === "json") ctx.out.json({ join_key: key, agent });
  else ctx.out.note(`Agent ${agent.id} (${agent.name}) enrolled with join key ${key.id}; status ${agent.status}.`);
  return EXIT.ok;
}

function pauseCommand(action: "pause" | "resume"): Command {
  const verb = `${action}-exec`;
  return {
    words: ["agents", verb],
    usage: `agents ${verb} <agent-id> [--workspace <ws>]`,
    summary:
      action === "pause"
        ? "Quiesce an agent's executor: no new dispatch (in-flight calls finish), everywhere or in one workspace."
        : "Resume dispatch on an agent; what queued meanwhile is dispatched.",
    flagHelp: [`--workspace <ws>   only ${action} dispatch in this workspace`],
    examples: [`xeroctl agents ${verb} agt_xem_fleet_01`, `xeroctl agents ${verb} agt_xem_fleet_01 --workspace ws_kube_prod`],
    options: { workspace: { type: "string" } },
    positionals: ["agent-id"],
    async run(ctx) {
      const workspaceId = optional(ctx.values, "workspace");
      const scope = workspaceId ? { workspaceId } : {};
      const api = agentsOf(ctx);
      const agent = action === "pause" ? await api.pauseExec(id(ctx), scope) : await api.resumeExec(id(ctx), scope);
      if (ctx.out.format === "json") ctx.out.json(agent);
      else ctx.out.line(pauseReport(action, agent, workspaceId));
      return EXIT.ok;
    },
  };
}

/**
 * What a pause or resume did, then what stays paused, in plain words: "Resumed exec of agt_1 in
 * ws_a. It stays paused in ws_b." The state after the call is the agent the server returned.
 */
export function pauseReport(action: "pause" | "resume", agent: Pick<Agent, "id" | "exec_paused" | "paused_workspace_ids">, workspaceId: string | undefined): string {
  const where = workspaceId ? `in ${workspaceId}` : "in every workspace";
  const done = action === "pause" ? `Paused exec of ${agent.id} ${where}: no new dispatch, in-flight calls finish.` : `Resumed exec of ${agent.id} ${where}.`;
  const others = agent.paused_workspace_ids.filter((ws) => ws !== workspaceId);
  if (action === "resume" && agent.exec_paused) return `${done} It stays paused everywhere (paused without --workspace): xeroctl agents resume-exec ${agent.id}`;
  if (action === "resume" && others.length > 0) return `${done} It stays paused in ${others.join(", ")}.`;
  if (action === "pause" && workspaceId && others.length > 0) return `${done} It is also paused in ${others.join(", ")}.`;
  return done;
}

/** `xeroctl agents pause-exec <agent-id> [--workspace <ws>]`. */
export const agentsPauseExec = pauseCommand("pause");
/** `xeroctl agents resume-exec <agent-id> [--workspace <ws>]`. */
export const agentsResumeExec = pauseCommand("resume");

/** `xeroctl agents curve-rotate <agent-id> [--reason <r>] [--wait]`. */
export const agentsCurveRotate: Command = {
  words: ["agents", "curve-rotate"],
  usage: "agents curve-rotate <agent-id> [--reason <r>] [--wait [--max-wait <seconds>]]",
  summary: "Rotate an agent's CURVE keys; --wait until a newer heartbeat confirms the rotation.",
  flagHelp: [
    "--reason <r>          recorded in the audit log",
    "--wait                wait for the first heartbeat after the rotation",
    "--max-wait <seconds>  how long --wait waits (default 60)",
  ],
  examples: ["xeroctl agents curve-rotate agt_xem_fleet_01 --reason quarterly --wait"],
  options: { reason: { type: "string" }, wait: { type: "boolean" }, "max-wait": { type: "string" } },
  positionals: ["agent-id"],
  async run(ctx) {
    const name = "agents curve-rotate";
    const reason = optional(ctx.values, "reason");
    if (!ctx.values.wait && optional(ctx.values, "max-wait") !== undefined) throw new UsageError("--max-wait is only valid with --wait", name);
    const maxWaitMs = positiveInt(ctx.values, "max-wait", 60, name) * 1000;
    const api = agentsOf(ctx);
    if (!ctx.values.wait) {
      const rotation = await api.startCurveRotation(id(ctx), { confirm: true, ...(reason !== undefined ? { reason } : {}) });
      if (ctx.out.format === "json") ctx.out.json(rotation);
      else ctx.out.line(`Rotated CURVE keys of ${rotation.agent_id} at ${rotation.rotated_at}; new public key ${rotation.curve_public_key}.`);
      return EXIT.ok;
    }
    const stop = ctx.progress.waiting(`waiting for the heartbeat after rotation of ${id(ctx)}…`);
    const result = await api
      .rotateCurveKey(id(ctx), { confirm: true, ...(reason !== undefined ? { reason } : {}) }, { maxWaitMs, signal: ctx.signal })
      .finally(stop);
    if (ctx.out.format === "json") ctx.out.json({ agent_id: result.agentId, rotated_at: result.rotatedAt, heartbeat_at: result.heartbeatAt, curve_public_key: result.curvePublicKey });
    else ctx.out.line(`Rotated CURVE keys of ${result.agentId} at ${result.rotatedAt}; confirmed by heartbeat at ${result.heartbeatAt}.`);
    return EXIT.ok;
  },
};
