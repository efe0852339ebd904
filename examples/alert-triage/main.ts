// Alert triage bot: reads an Alertmanager webhook JSON (a file path argument, or stdin), triages
// each alert's project/workspace/agent and prints a report. --pause also pauses the agent's
// executor; --json prints the structured reports instead of text.
//
//   XEROTIER_API_KEY=xero_demo_admin XEROTIER_PROJECT=proj_demo XEROTIER_BASE_URL=http://127.0.0.1:8787 \
//     pnpm tsx examples/alert-triage/main.ts examples/alert-triage/alert.json --pause
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { createXerotierClient, type XerotierClient } from "@xerotier/api";
import { formatTriageReport, runAlertTriage } from "./triage";

export { formatTriageReport, runAlertTriage } from "./triage";

/** What {@link main} needs from its environment, so tests can run it without a process. */
export interface MainIo {
  client?: XerotierClient;
  readStdin?: () => Promise<string>;
  write?: (text: string) => void;
}

/** Runs the example with `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[], io: MainIo = {}): Promise<number> {
  const write = io.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  const pause = argv.includes("--pause");
  const json = argv.includes("--json");
  const file = argv.find((a) => !a.startsWith("--"));
  const text = file ? await readFile(file, "utf8") : await (io.readStdin ?? readAll)();
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    write(`error: ${file ?? "stdin"} is not JSON`);
    return 2;
  }
  const client = io.client ?? createXerotierClient();
  const reports = await runAlertTriage(client, payload as Parameters<typeof runAlertTriage>[1], { pause });
  write(json ? JSON.stringify(reports, null, 2) : reports.map(formatTriageReport).join("\n\n"));
  return reports.some((r) => r.apiErrors.length > 0 || r.paused?.ok === false) ? 1 : 0;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// Run only when executed directly, so the tour and tests can import this file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  });
}
