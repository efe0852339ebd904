/**
 * `@xerotier/cli`: the `xeroctl` command, as a library. `run(argv, io)` executes one command line
 * in-process (a test, a program embedding xeroctl) and resolves with its exit code.
 *
 * @example
 * ```ts
 * import { run } from "@xerotier/cli";
 * const code = await run(["agents"], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), env: process.env });
 * ```
 *
 * @packageDocumentation
 */
export { run } from "./run";
export type { CliIO } from "./io";
export type { ExitCode } from "./exit";
