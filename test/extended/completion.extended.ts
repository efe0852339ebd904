// xeroctl's completion scripts in the real shells, installed the way each shell expects (the
// extended suite: .ci/run installs Debian's zsh and fish). zsh: TAB in an interactive shell in a
// pseudo-terminal (test/extended/zsh-complete.zsh), with the script autoloaded from $fpath and
// sourced; fish: `complete -C`, with the script autoloaded from its completions directory and sourced.
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@xerotier/cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ZSH_COMPLETE = fileURLToPath(new URL("./zsh-complete.zsh", import.meta.url));
let home: string;

beforeAll(async () => void (home = await mkdtemp(join(tmpdir(), "xeroctl-shells-"))));
afterAll(() => rm(home, { recursive: true, force: true }));

async function script(shell: "zsh" | "fish"): Promise<string> {
  let text = "";
  const code = await run(["completion", shell], { stdout: (s) => void (text += s), stderr: () => {}, env: {} });
  expect(code).toBe(0);
  return text;
}

function shell(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: home, env: { PATH: process.env.PATH!, HOME: home, ZDOTDIR: home, XDG_CONFIG_HOME: join(home, ".config"), TERM: "xterm", ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** `word -- description` per match, as zsh lists them (descriptions cut at the terminal's width). */
async function zshComplete(setup: string, line: string): Promise<Array<{ word: string; description: string }>> {
  const out = await shell("zsh", ["-f", ZSH_COMPLETE, setup, line]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [, word = "", display = ""] = /^MATCH:([^:]*):(.*)$/.exec(l) ?? [];
      return { word, description: display.replace(/^\S+\s+-- /, "") };
    });
}

describe("zsh", () => {
  let fpathDir: string;
  let sourced: string;
  beforeAll(async () => {
    fpathDir = join(home, "zsh-functions");
    await mkdir(fpathDir, { recursive: true });
    const text = await script("zsh");
    await writeFile(join(fpathDir, "_xeroctl"), text); // xeroctl completion zsh > "${fpath[1]}/_xeroctl"
    sourced = join(home, "xeroctl.zsh");
    await writeFile(sourced, text);
  });
  const viaFpath = () => `fpath=(${fpathDir} $fpath); autoload -U compinit; compinit -u -d ${join(home, ".zcompdump")}`;
  // `source <(xeroctl completion zsh)` in a shell that has not loaded compinit itself.
  const viaSource = () => `source <(cat ${sourced})`;

  it("starts with #compdef xeroctl, so compinit autoloads it from $fpath", async () => {
    expect((await script("zsh")).split("\n")[0]).toBe("#compdef xeroctl");
    expect(await zshComplete(viaFpath(), "xeroctl ap")).toEqual([
      { word: "approvals", description: "list, show, watch and decide approval requests" },
      { word: "api", description: "call any API operation with the configured auth" },
    ]);
  });

  it("without the #compdef line the same file completes nothing of xeroctl (what the line is for)", async () => {
    const bare = join(home, "zsh-bare");
    await mkdir(bare, { recursive: true });
    await writeFile(join(bare, "_xeroctl"), (await script("zsh")).split("\n").slice(1).join("\n"));
    const matches = await zshComplete(`fpath=(${bare} $fpath); autoload -U compinit; compinit -u -d ${join(home, ".zcompdump-bare")}`, "xeroctl ap");
    expect(matches.map((m) => m.word)).not.toContain("approvals");
  });

  it("completes subcommands and each command's flags with descriptions, from $fpath and when sourced", async () => {
    for (const setup of [viaFpath(), viaSource()]) {
      expect(await zshComplete(setup, "xeroctl ap"), setup).toEqual([
        { word: "approvals", description: "list, show, watch and decide approval requests" },
        { word: "api", description: "call any API operation with the configured auth" },
      ]);
      expect(await zshComplete(setup, "xeroctl exec r")).toEqual([
        { word: "run", description: expect.stringMatching(/^Start an invocation of a tool in a workspace/) },
        { word: "raw", description: expect.stringMatching(/^Print an invocation's raw stdout and stderr/) },
      ]);
      expect(await zshComplete(setup, "xeroctl approvals list --wo")).toEqual([{ word: "--workspace", description: "the workspace (required)" }]);
      expect(await zshComplete(setup, "xeroctl exec run kubectl_get --ar")).toEqual([{ word: "--arg", description: expect.stringMatching(/^one argument; repeat for each/) }]);
      expect((await zshComplete(setup, "xeroctl status --ou")).map((m) => m.word)).toEqual(["--output"]);
      expect((await zshComplete(setup, "xeroctl help to")).map((m) => m.word)).toEqual(["tools"]);
    }
  }, 60_000);
});

describe("fish", () => {
  let sourced: string;
  let bin: string;
  beforeAll(async () => {
    const text = await script("fish");
    const completions = join(home, ".config", "fish", "completions");
    await mkdir(completions, { recursive: true });
    await writeFile(join(completions, "xeroctl.fish"), text); // xeroctl completion fish > ~/.config/fish/completions/xeroctl.fish
    sourced = join(home, "xeroctl.fish");
    await writeFile(sourced, text);
    // fish autoloads a command's completions once the command is on PATH.
    bin = join(home, "bin");
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, "xeroctl"), "#!/bin/sh\n");
    await chmod(join(bin, "xeroctl"), 0o755);
  });

  // Autoloading reads the completions directory of the (temporary) config; sourcing runs without
  // any configuration, so nothing but the piped script can complete.
  const complete = async (line: string, load: "autoload" | "source") => {
    const args = load === "source" ? ["--no-config", "-c", `cat ${sourced} | source; complete -C ${JSON.stringify(line)}`] : ["-c", `complete -C ${JSON.stringify(line)}`];
    const out = await shell("fish", args, { PATH: `${bin}:${process.env.PATH}` });
    return out
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        const [word = "", description = ""] = l.split("\t");
        return { word, description };
      });
  };

  it("completes commands, subcommands and flags with descriptions, autoloaded and sourced", async () => {
    for (const load of ["autoload", "source"] as const) {
      expect(await complete("xeroctl ap", load), load).toEqual([
        { word: "api", description: "call any API operation with the configured auth" },
        { word: "approvals", description: "list, show, watch and decide approval requests" },
      ]);
      expect(await complete("xeroctl tools ", load)).toEqual([
        { word: "list", description: expect.stringMatching(/^List the tools agents publish/) },
        { word: "show", description: expect.stringMatching(/^Show one tool/) },
      ]);
      expect(await complete("xeroctl approvals list --wo", load)).toEqual([{ word: "--workspace", description: "the workspace (required)" }]);
      expect(await complete("xeroctl exec run kubectl_get --wa", load)).toEqual([{ word: "--wait", description: expect.stringMatching(/^wait until it finishes/) }]);
      expect((await complete("xeroctl agents --base", load)).map((c) => c.word)).toEqual(["--base-url"]);
    }
  }, 60_000);
});
