#!/usr/bin/env node
/**
 * `xerotier-router`: the reference router as a command.
 *
 * @example
 * xerotier-router --port 4010 --seed demo
 * xerotier-router --port 0 --seed empty --manual-clock --quiet
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { DEMO_API_KEYS, DEMO_PROJECT } from "./http/api-keys";
import { startRouter, type RunningRouter } from "./server";

const USAGE = `Usage: xerotier-router [--port 4010] [--host 127.0.0.1] [--seed demo|empty] [--manual-clock] [--control-token TOKEN|auto] [--fixtures DIR] [--quiet]

Starts the Xerotier reference router: an in-memory, spec-true Xerotier API for tests and demos.
  --port          TCP port (0 picks a free one; default 4010)
  --host          interface to bind (default 127.0.0.1)
  --seed          initial data: demo (default) or empty
  --manual-clock  time moves only on POST /_router/clock/advance {"ms": n}
  --control-token require this token (header x-router-control-token) on /_router/*;
                  "auto" generates one; it is printed at start
  --fixtures      replay the answers recorded in DIR (xeroctl doctor --record DIR)
  --quiet         do not log requests
  --help          show this help`;

/** Parses the command line; a usage error is a message and exit code 2, never a stack trace. */
function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", default: "demo" },
      "manual-clock": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      "control-token": { type: "string" },
      fixtures: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got '${values.port}'`);
  if (values.seed !== "demo" && values.seed !== "empty") throw new Error(`--seed must be demo or empty, got '${values.seed}'`);
  const token = values["control-token"];
  if (token !== undefined && token.length < 8 && token !== "auto") throw new Error("--control-token must be at least 8 characters (or auto)");
  const controlToken = token === "auto" ? randomBytes(16).toString("hex") : token;
  return { controlToken, fixtures: values.fixtures, port, host: values.host, seed: values.seed, manualClock: values["manual-clock"], quiet: values.quiet, help: values.help };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`xerotier-router: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Handlers first: a signal that arrives while the server starts must still stop it cleanly.
  const started: { running?: RunningRouter } = {};
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping\n`);
    (started.running?.close() ?? Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));

  const running = await startRouter({
    port: args.port,
    host: args.host,
    seed: args.seed as "demo" | "empty",
    clock: args.manualClock ? "manual" : "real",
    ...(args.controlToken !== undefined ? { controlToken: args.controlToken } : {}),
    ...(args.fixtures !== undefined ? { fixtures: args.fixtures } : {}),
    ...(args.quiet ? {} : { onRequest: (e) => process.stdout.write(`${e.method} ${e.path} → ${e.status} ${e.requestId} ${e.durationMs}ms\n`) }),
  });
  started.running = running;
  if (stopping) return void (await running.close());
  const admin = DEMO_API_KEYS[0]!;
  process.stdout.write(
    [
      `Xerotier reference router listening on ${running.url}`,
      `  project:  ${DEMO_PROJECT.id}   (base URL ${running.url}/${DEMO_PROJECT.id})`,
      `  API key:  ${admin.key}   (demo key, every scope)`,
      ...(args.controlToken !== undefined ? [`  control:  ${running.url}/_router/*   (header x-router-control-token: ${args.controlToken})`] : []),
      `  seed:     ${args.seed}${args.manualClock ? ", manual clock" : ""}`,
      ...(args.fixtures !== undefined ? [`  fixtures: ${args.fixtures}   (recorded answers replayed first)`] : []),
      `  try:      curl -H 'Authorization: Bearer ${admin.key}' ${running.url}/${DEMO_PROJECT.id}/v1/exec/approvals`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`xerotier-router: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
