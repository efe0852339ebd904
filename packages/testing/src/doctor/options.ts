import { durationOption } from "@xerotier/api/internal";
import type { ProbeOptions } from "./types";

/** {@link ProbeOptions} with every default applied and every bound checked. */
export interface ResolvedProbeOptions {
  write: boolean;
  workspaceId: string | undefined;
  streamMs: number;
  maxPages: number;
  pageSize: number;
  maxRequests: number;
  timeoutMs: number;
  requestTimeoutMs: number;
  maxStreamBytes: number;
  record: boolean;
  secrets: string[];
  signal: AbortSignal | undefined;
  onStep: ((step: string) => void) | undefined;
}

/** Applies the defaults; a value outside its bounds throws a `RangeError` naming the option, before any request. */
export function resolveProbeOptions(options: ProbeOptions): ResolvedProbeOptions {
  const streamSeconds = options.streamSeconds ?? 5;
  if (!(typeof streamSeconds === "number" && streamSeconds > 0 && streamSeconds <= 300)) {
    throw new RangeError(`Invalid \`streamSeconds\`: expected a number of seconds above 0 and at most 300, got ${String(options.streamSeconds)}.`);
  }
  if (options.workspaceId !== undefined && (typeof options.workspaceId !== "string" || options.workspaceId.trim() === "")) {
    throw new RangeError("Invalid `workspaceId`: expected a workspace id.");
  }
  return {
    write: options.write === true,
    workspaceId: options.workspaceId,
    streamMs: streamSeconds * 1000,
    maxPages: count("maxPages", options.maxPages, 2, 20),
    pageSize: count("pageSize", options.pageSize, 20, 100),
    maxRequests: count("maxRequests", options.maxRequests, 100, 1000),
    timeoutMs: positive("timeoutMs", options.timeoutMs, 120_000),
    requestTimeoutMs: positive("requestTimeoutMs", options.requestTimeoutMs, 10_000),
    maxStreamBytes: count("maxStreamBytes", options.maxStreamBytes, 1024 * 1024, 64 * 1024 * 1024),
    record: options.record === true,
    secrets: [...(options.secrets ?? [])].filter((s) => typeof s === "string" && s !== ""),
    signal: options.signal,
    onStep: options.onStep,
  };
}

function count(name: string, value: number | undefined, fallback: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`Invalid \`${name}\`: expected an integer from 1 to ${max}, got ${String(value)}.`);
  return n;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  const ms = durationOption(name, value, fallback);
  if (ms === 0) throw new RangeError(`Invalid \`${name}\`: expected a positive number of milliseconds, got 0.`);
  return ms;
}
