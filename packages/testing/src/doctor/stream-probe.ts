// The event stream's wire behaviours: the `stream.open` frame, keep-alives, each frame's data, and
// whether `Last-Event-ID` is honoured (resume from the newest id; resume from an id never sent).
import { FIXTURE_FORMAT } from "../fixtures/format";
import { behaviour } from "./findings";
import { redactedHeaders, redactEventStream } from "./redact";
import { frameSchema } from "./spec-schemas";
import { operationLog, type ProbeState } from "./state";
import { readStrictly, type PathFinding } from "./strict-reading";
import { readEventStream, type StreamSession, type TimedFrame } from "./stream-read";
import type { WireCheck } from "./types";
import { notProbed, wire } from "./wire-checks";

/** The contract's keep-alive interval ("at least every 15 s"), and the lateness tolerated on top. */
export const KEEP_ALIVE_INTERVAL_MS = 15_000;
const KEEP_ALIVE_SLACK_MS = 1_000;
/** How long each resume connection is watched. */
const RESUME_WATCH_MS = 2_000;

/** Bounds of the stream probe. */
export interface StreamLimits {
  streamMs: number;
  maxBytes: number;
}

/** Watches the stream, then resumes it twice; returns the three stream checks. */
export async function probeEventStream(state: ProbeState, limits: StreamLimits): Promise<WireCheck[]> {
  const opened = await readEventStream(state, { durationMs: limits.streamMs, maxBytes: limits.maxBytes });
  if (opened.kind !== "ok") {
    const why = opened.kind === "skipped" ? opened.reason : `the stream could not be opened (${opened.error.status ? `HTTP ${opened.error.status}` : opened.error.name})`;
    return (["stream_open", "keep_alive", "last_event_id"] as const).map((check) => notProbed(check, why));
  }
  const session = opened.session;
  recordStream(state, session);
  if (!session.contentType.toLowerCase().startsWith("text/event-stream")) {
    const finding = behaviour("content-type", "text/event-stream", session.contentType || "(none)");
    return [wire("stream_open", [finding], ""), notProbed("keep_alive", "the answer was no event stream"), notProbed("last_event_id", "the answer was no event stream")];
  }
  checkFrames(state, session);
  const seconds = (session.watchedMs / 1000).toFixed(1);
  operationLog(state, "streamEvents").notes.push(`${session.frames.length} frame(s), ${session.comments.length} keep-alive(s) in ${seconds} s`);
  return [judgeOpen(session), judgeKeepAlive(session), await probeResume(state, session, limits)];
}

function judgeOpen(session: StreamSession): WireCheck {
  const first = session.frames[0];
  const expected = "event: stream.open";
  if (!first) return wire("stream_open", [behaviour("first frame", expected, `no frame in ${(session.watchedMs / 1000).toFixed(1)} s`)], "");
  if (first.event !== "stream.open") return wire("stream_open", [behaviour("first frame", expected, first.event ? `event: ${first.event}` : "a frame without event:")], "");
  const latest = latestEventId(first);
  const sentId = first.id === "" ? undefined : first.id;
  if (latest !== null && sentId !== latest) {
    return wire("stream_open", [behaviour("stream.open id:", latest === undefined ? "the id in data.latest_event_id" : latest, sentId ?? "absent")], "");
  }
  return wire("stream_open", [], `the first frame is stream.open (resume point ${latest ?? "none: no event yet"})`);
}

function judgeKeepAlive(session: StreamSession): WireCheck {
  const limit = KEEP_ALIVE_INTERVAL_MS + KEEP_ALIVE_SLACK_MS;
  const marks = [0, ...session.comments, session.watchedMs];
  const longest = Math.max(...marks.slice(1).map((at, i) => at - marks[i]!));
  const watched = `${(session.watchedMs / 1000).toFixed(1)} s`;
  if (longest > limit) {
    return wire("keep_alive", [behaviour("keep-alive", "a comment line at least every 15 s", `none for ${(longest / 1000).toFixed(1)} s`)], "");
  }
  if (session.comments.length > 0) return wire("keep_alive", [], `${session.comments.length} keep-alive comment(s) in ${watched}`);
  if (session.endedByServer) return notProbed("keep_alive", `the server ended the stream after ${watched}, before any keep-alive`);
  return notProbed("keep_alive", `no keep-alive in the ${watched} watched; watch at least 16 s (--stream-seconds 16, streamSeconds: 16) to judge the 15 s interval`);
}

/**
 * Resumes from the newest id (nothing may be replayed twice, the resume point must be that id) and
 * from an id the server never sent (it must answer `stream.reset`, or replay what it holds).
 */
async function probeResume(state: ProbeState, first: StreamSession, limits: StreamLimits): Promise<WireCheck> {
  const delivered = new Set(first.frames.filter(isEventFrame).map((f) => f.id));
  // The newest id this client holds: the last event delivered, else the resume point stream.open gave.
  const newest = [...delivered].at(-1) ?? (first.frames[0]?.event === "stream.open" ? latestEventId(first.frames[0]) : undefined) ?? undefined;
  const watch = { durationMs: Math.min(RESUME_WATCH_MS, limits.streamMs), maxBytes: limits.maxBytes };
  const findings: PathFinding[] = [];
  if (newest) {
    const resumed = await readEventStream(state, { ...watch, lastEventId: newest });
    if (resumed.kind === "ok") findings.push(...resumeFindings(resumed.session, newest, delivered));
  }
  const unknownId = `evt_xeroctl_doctor_unknown_${crypto.randomUUID().slice(0, 8)}`;
  const enough = (frames: readonly TimedFrame[]) => frames.some((f) => f.event === "stream.reset" || isEventFrame(f));
  const stranger = await readEventStream(state, { ...watch, lastEventId: unknownId, enough });
  if (stranger.kind !== "ok") return notProbed("last_event_id", stranger.kind === "skipped" ? stranger.reason : "the resumed stream could not be opened");
  if (!enough(stranger.session.frames)) {
    if (!newest) return notProbed("last_event_id", "the server holds no event to resume from, and ignored an unknown Last-Event-ID");
    findings.push(behaviour("Last-Event-ID", "stream.reset (or a replay) for an id the server never sent", "neither: the header was ignored"));
  }
  return wire("last_event_id", findings, "an unknown id gets stream.reset; resuming from the newest id replays nothing twice");
}

function resumeFindings(session: StreamSession, requested: string, delivered: ReadonlySet<string | undefined>): PathFinding[] {
  const findings: PathFinding[] = [];
  const open = session.frames[0]?.event === "stream.open" ? session.frames[0] : undefined;
  const resumePoint = open ? (latestEventId(open) ?? open.id) : undefined;
  if (open && resumePoint !== requested) findings.push(behaviour("stream.open after Last-Event-ID", `the requested id ${requested}`, String(resumePoint ?? "none")));
  const twice = session.frames.filter((f) => isEventFrame(f) && delivered.has(f.id)).length;
  if (twice > 0) findings.push(behaviour("replay after Last-Event-ID", "only events after the requested id", `${twice} event(s) delivered again`, false));
  if (session.frames.some((f) => f.event === "stream.reset")) findings.push(behaviour("replay after Last-Event-ID", "no stream.reset for the newest id", "stream.reset", false));
  return findings;
}

/** Reads every frame's data strictly, with the schema of its type. */
function checkFrames(state: ProbeState, session: StreamSession): void {
  const log = operationLog(state, "streamEvents");
  for (const frame of session.frames) {
    let data: unknown;
    try {
      data = JSON.parse(frame.data);
    } catch {
      log.findings.add([behaviour("$", "one JSON document per data:", "not JSON")], `frame ${frame.event ?? "message"}`);
      continue;
    }
    const declared = frame.event === "stream.open" || frame.event === "stream.reset" ? frame.event : typeOf(data) ?? frame.event;
    const { schema, documented } = frameSchema(declared);
    const findings = readStrictly(schema, data);
    if (!documented) findings.push({ path: "$.type", kind: "unknown_value", expected: "a documented event type", received: JSON.stringify(declared ?? null), sdkDepends: false });
    if (isEventFrame(frame) && frame.id !== idOf(data)) findings.push(behaviour("id:", "the event's id", frame.id ?? "absent"));
    if (frame.event !== undefined && declared !== frame.event) findings.push(behaviour("event:", `the event's type (${declared})`, frame.event, false));
    log.findings.add(findings, `frame ${declared ?? "message"}`);
  }
}

function recordStream(state: ProbeState, session: StreamSession): void {
  state.fixtures?.push({
    format: FIXTURE_FORMAT,
    operationId: "streamEvents",
    request: { method: "GET", path: "/v1/exec/events" },
    response: { status: session.status, headers: redactedHeaders({ "content-type": session.contentType }, state.secrets), events: redactEventStream(session.text, state.secrets) },
    note: `the first ${(session.watchedMs / 1000).toFixed(1)} s of the stream${session.truncated ? ", cut at the byte bound" : ""}`,
  });
}

/** `latest_event_id` of a `stream.open` frame: a string, `null` (no event yet), or undefined when unreadable. */
function latestEventId(frame: TimedFrame): string | null | undefined {
  try {
    const data = JSON.parse(frame.data) as { latest_event_id?: unknown };
    return typeof data.latest_event_id === "string" || data.latest_event_id === null ? data.latest_event_id : undefined;
  } catch {
    return undefined;
  }
}

function isEventFrame(frame: TimedFrame): boolean {
  return frame.event !== "stream.open" && frame.event !== "stream.reset" && frame.data !== "";
}

function typeOf(data: unknown): string | undefined {
  const type = (data as { type?: unknown } | null)?.type;
  return typeof type === "string" ? type : undefined;
}

function idOf(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}
