import type { DoctorReport } from "@xerotier/testing/doctor";
import { EXIT, UsageError } from "../exit";
import type { Command, CommandContext } from "../command";
import { printReportTables, reportMarkdown } from "./doctor-report";
import { optional } from "./util";

const NAME = "doctor";
const DEFAULT_STREAM_SECONDS = 5;

/** `xeroctl doctor`: measure the deployment against the spec the SDK is built on. */
export const doctor: Command = {
  words: [NAME],
  usage: "doctor [--write [--workspace <ws>] [--yes]] [--stream-seconds <n>] [--record <dir>]",
  summary:
    "Measure the deployment against the API spec the SDK is built on: every list (a few pages) and show the key may read, read strictly; " +
    "x-request-id, the error envelope of a made-up id, a 429's headers; the event stream's stream.open, keep-alives and Last-Event-ID. " +
    "Read-only unless --write. Exits 0 when nothing the SDK depends on differs; -o markdown prints a report to send upstream.",
  flagHelp: [
    "--write                 also create a join key and revoke it at once, and (with --workspace) invoke one tool of risk read that takes no argument; asks first",
    "--workspace <ws>        the workspace of that read-only invocation",
    "--yes                   make the --write changes without asking (needed when stdin is not a terminal)",
    `--stream-seconds <n>    watch the event stream n seconds (default ${DEFAULT_STREAM_SECONDS}, at most 300; 16 or more judges the 15 s keep-alive)`,
    "--record <dir>          save every answer, redacted, as fixtures in a new directory (replay: xerotier-router --fixtures <dir>)",
    "-o table|json|markdown  the report's format",
  ],
  examples: [
    "xeroctl doctor",
    "xeroctl doctor --stream-seconds 20 -o markdown > doctor-report.md",
    "xeroctl doctor --record ./fixtures/prod",
    "xeroctl doctor --write --workspace ws_kube_staging",
  ],
  options: {
    write: { type: "boolean" },
    workspace: { type: "string" },
    yes: { type: "boolean" },
    "stream-seconds": { type: "string" },
    record: { type: "string" },
  },
  formats: ["table", "json", "markdown"],
  async run(ctx) {
    const write = ctx.values.write === true;
    const workspaceId = optional(ctx.values, "workspace");
    if (workspaceId !== undefined && !write) throw new UsageError("--workspace names the workspace of the --write invocation; add --write", NAME);
    const streamSeconds = streamSecondsOf(ctx);
    const record = optional(ctx.values, "record");
    const client = ctx.client();
    // Loaded here, not at start-up: the spec and the probe cost nothing to the other commands.
    const doctorKit = await import("@xerotier/testing/doctor");
    if (record !== undefined) await doctorKit.checkRecordDirectory(record).catch((error: Error) => Promise.reject(new UsageError(`--record: ${error.message}`, NAME)));
    if (write && ctx.values.yes !== true && !(await confirmWrites(ctx, workspaceId))) {
      ctx.out.note("doctor: cancelled; nothing was probed.");
      return EXIT.usage;
    }
    const stopWaiting = ctx.progress.waiting(`Probing ${client.baseUrl} (${streamSeconds} s of event stream)…`);
    let report: DoctorReport;
    try {
      report = await doctorKit.probeDeployment(client, {
        write,
        ...(workspaceId !== undefined ? { workspaceId } : {}),
        streamSeconds,
        record: record !== undefined,
        secrets: [ctx.connection().apiKey ?? ""],
        signal: ctx.signal,
      });
    } finally {
      stopWaiting();
    }
    const { fixtures = [], ...shown } = report;
    if (ctx.out.format === "json") ctx.out.json(shown);
    else if (ctx.out.format === "markdown") ctx.io.stdout(reportMarkdown(report));
    else printReportTables(ctx.out, report);
    if (record !== undefined) {
      const files = await doctorKit.writeFixtures(record, fixtures);
      ctx.out.note(`Recorded ${files.length} answers, redacted, in ${record}; replay them with: xerotier-router --fixtures ${record}`);
    }
    return report.verdict.ok ? EXIT.ok : EXIT.apiError;
  },
};

function streamSecondsOf(ctx: CommandContext): number {
  const value = optional(ctx.values, "stream-seconds");
  if (value === undefined) return DEFAULT_STREAM_SECONDS;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) throw new UsageError(`--stream-seconds must be a whole number from 1 to 300; got '${value}'`, NAME);
  return seconds;
}

/** Says exactly what --write will change and asks; without a terminal to ask on, refuses. */
async function confirmWrites(ctx: CommandContext, workspaceId: string | undefined): Promise<boolean> {
  if (!ctx.io.confirm) throw new UsageError("--write changes the deployment: run it on a terminal to confirm, or pass --yes", NAME);
  const invocation = workspaceId === undefined ? "invoke no tool (no --workspace given)" : `invoke one tool of risk "read" that takes no argument in ${workspaceId}`;
  return ctx.io.confirm(
    [
      `xeroctl doctor --write will, in project ${ctx.connection().project ?? "?"}:`,
      "  - create a join key (expiring in 1 hour) and revoke it at once",
      `  - ${invocation}`,
      "Nothing else is written. Proceed? [y/N] ",
    ].join("\n"),
  );
}
