/**
 * The `xeroctl` binary: wires `run()` to the process. Ctrl-C aborts the run, which resolves 130 at
 * once and prints nothing more; the process exits right then. A second Ctrl-C exits at once too.
 */
import { askOnTerminal } from "./confirm";
import { EXIT } from "./exit";
import { run } from "./run";

const controller = new AbortController();
process.on("SIGINT", () => {
  if (controller.signal.aborted) process.exit(EXIT.interrupted);
  controller.abort();
});
// A closed pipe (`xeroctl approvals watch | head -1`) ends the command quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  signal: controller.signal,
  ...(process.stdin.isTTY === true ? { confirm: (question: string) => askOnTerminal(question, controller.signal) } : {}),
});
// Interrupted: nothing is left to flush (output stopped at the abort), so exit now.
if (code === EXIT.interrupted) process.exit(code);
process.exitCode = code;
// Leftover timers (a keep-alive socket) must not hold the exit once the output is flushed.
setTimeout(() => process.exit(code), 2_000).unref();
