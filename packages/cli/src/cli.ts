/**
 * The `xeroctl` binary: wires `run()` to the process. Ctrl-C aborts the running command (which
 * exits 130); a second Ctrl-C exits at once.
 */
import { run } from "./run";

const controller = new AbortController();
let interrupts = 0;
process.on("SIGINT", () => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
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
  signal: controller.signal,
});
process.exitCode = code;
// Leftover timers (a retry backoff, a keep-alive socket) must not hold the exit.
setTimeout(() => process.exit(code), 2_000).unref();
