/** An artifact a simulated tool run produces. */
export interface ArtifactSpec {
  name: string;
  /** MIME type; default `text/plain`. */
  mediaType?: string;
  /** The content, as text or base64 per `encoding`. */
  content: string;
  /** Default `utf-8`. */
  encoding?: "utf-8" | "base64";
}

/**
 * How a simulated tool run ends (defaults: exit code 0, a one-line stdout, the world's `toolRunMs`). A non-zero exit code fails
 * the invocation; a `runMs` beyond the tool's `timeout_ms` ends it `timeout`.
 */
export interface ToolBehavior {
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  runMs?: number;
  /** Mark the output as cut (`truncated: true`). */
  truncated?: boolean;
  artifacts?: ArtifactSpec[];
}

/** The call a behaviour function is asked about. */
export interface ToolCallInfo {
  invocationId: string;
  toolName: string;
  workspaceId: string;
  agentId: string;
  arguments: Record<string, unknown>;
}

/** A fixed behaviour, or a function of the call (in-process use only). */
export type ToolBehaviorSource = ToolBehavior | ((call: ToolCallInfo) => ToolBehavior);

/** A behaviour with every default filled in. */
export type ResolvedToolBehavior = Required<ToolBehavior>;

/** Fills in defaults for one run of `call`. */
export function resolveBehavior(source: ToolBehaviorSource | undefined, call: ToolCallInfo, defaultRunMs: number): ResolvedToolBehavior {
  const behavior = (typeof source === "function" ? source(call) : source) ?? {};
  const exitCode = behavior.exitCode ?? 0;
  return {
    exitCode,
    stdout: behavior.stdout ?? (exitCode === 0 ? `${call.toolName}: ok\n` : ""),
    stderr: behavior.stderr ?? (exitCode === 0 ? "" : `${call.toolName}: exited with status ${exitCode}\n`),
    runMs: Math.max(0, behavior.runMs ?? defaultRunMs),
    truncated: behavior.truncated ?? false,
    artifacts: behavior.artifacts ?? [],
  };
}
