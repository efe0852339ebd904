/**
 * Every `xeroctl` command line in a ```sh block of README.md, packages/*\/README.md and docs/**\/*.md
 * must parse with the real command tree (`parseArgv` of @xerotier/cli): a renamed command or flag
 * then fails here, naming the page and line, instead of in a reader's terminal.
 *
 * Usage: tsx docs/tools/check-xeroctl-lines.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
// The parser is an internal of the CLI, not its published surface.
import { parseArgv } from "../../packages/cli/src/program";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The Markdown pages whose shell blocks hold `xeroctl` lines, relative to the repository root. */
export function pages(): string[] {
  const found = ["README.md", ...readdirSync(join(ROOT, "packages")).map((p) => `packages/${p}/README.md`)];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory() && path !== "docs/api") walk(path);
      else if (entry.name.endsWith(".md")) found.push(path);
    }
  };
  walk("docs");
  return found.filter((page) => existsSync(join(ROOT, page))); // a package may have no README
}

/**
 * The command lines of the ```sh blocks of a page, with their 1-based line numbers; `run` is false
 * in a block marked ```sh no-run (parsed here, but not run by test/docs-xeroctl.test.ts).
 */
export function shellLines(text: string): Array<{ line: number; text: string; run: boolean }> {
  const lines = text.split("\n");
  const found: Array<{ line: number; text: string; run: boolean }> = [];
  let inShell = false;
  let run = true;
  lines.forEach((line, i) => {
    const fence = /^\s*```\s*(\w*)(.*)$/.exec(line);
    if (fence) {
      inShell = !inShell && ["sh", "bash", "shell", "console"].includes(fence[1]!);
      run = !/\bno-run\b/.test(fence[2]!);
    } else if (inShell) found.push({ line: i + 1, text: line, run });
  });
  return found;
}

/** The arguments after each `xeroctl` of one shell line: comments, pipes, lists and redirects cut. */
export function xeroctlInvocations(line: string): string[][] {
  const code = line.replace(/(^|\s)#.*$/, "");
  return code
    .split(/\||&&|;|\$\(|<\(|\)/)
    .map((segment) => segment.trim().split(/\s+/))
    .filter((words) => words.includes("xeroctl"))
    .map((words) => {
      const args = words.slice(words.indexOf("xeroctl") + 1);
      const redirect = args.findIndex((w) => /^\d?>/.test(w) || w === "<");
      return (redirect === -1 ? args : args.slice(0, redirect)).map((w) => w.replace(/^(["'])(.*)\1$/, "$2"));
    });
}

/** Checks every page; prints the count, or every line that does not parse and exits 1. */
export function checkXeroctlLines(): void {
  const failures: string[] = [];
  let checked = 0;
  for (const page of pages()) {
    for (const { line, text } of shellLines(readFileSync(join(ROOT, page), "utf8"))) {
      for (const argv of xeroctlInvocations(text)) {
        checked += 1;
        try {
          const parsed = parseArgv(argv);
          if (parsed.kind === "help" && !parsed.requested) failures.push(`${page}:${line}: \`xeroctl ${argv.join(" ")}\` only prints help`);
        } catch (error) {
          failures.push(`${page}:${line}: \`xeroctl ${argv.join(" ")}\`: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
  if (failures.length) {
    console.error(`check-xeroctl-lines: ${failures.length} command line(s) in the docs do not parse`);
    for (const failure of failures) console.error(failure);
    process.exit(1);
  }
  console.log(`check-xeroctl-lines: ${checked} xeroctl command lines in the docs parse`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) checkXeroctlLines();
