#!/usr/bin/env node
// Runtime smoke suite: the packed packages against a reference router on Node 20 (this process),
// Node 22 and 24, Bun and Deno (from npm, installed into a temp dir, never the workspace), and
// headless Chromium (Debian package, driven by playwright-core). Every step is time-bounded, and a
// runtime that cannot be installed fails the run: CI must never skip one silently.
// Needs `pnpm build` first. XEROTIER_RUNTIMES_DIR=<dir> reuses runtime installs between local runs.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installPacked, packAll, PACKED } from "./test-packed.mjs";
/* global window -- only inside page.evaluate / waitForFunction callbacks, which run in Chromium */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HERE = fileURLToPath(new URL("./runtimes/", import.meta.url));
const INSTALL_TIMEOUT_MS = 180_000;
const RUN_TIMEOUT_MS = 60_000;
const BROWSER_TIMEOUT_MS = Number(process.env.XEROTIER_BROWSER_TIMEOUT_MS ?? 60_000);
const APT_TIMEOUT_MS = 300_000;
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Runtimes installed from npm: directory name, package spec, binary, and the smoke command's arguments. */
const NPM_RUNTIMES = [
  { name: "node22", spec: "node@22", bin: "node", args: ["smoke.mjs"] },
  { name: "node24", spec: "node@24", bin: "node", args: ["smoke.mjs"] },
  { name: "bun", spec: "bun", bin: "bun", args: ["smoke.mjs"] },
  { name: "deno", spec: "deno", bin: "deno", args: ["run", "--allow-net", "--allow-env", "--allow-read", "--allow-sys", "smoke.mjs"] },
];

/** Runs a command asynchronously, killed after `timeout` ms; resolves { code, out } (code null when killed). */
function exec(cmd, args, { cwd, env = {}, timeout }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => {
      out += `\n[killed after ${timeout} ms]`;
      child.kill("SIGKILL");
    }, timeout);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, out: `${out}\n${error}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** Installs one runtime's npm package into its own directory and checks that the binary runs. */
async function installRuntime(base, runtime) {
  const dir = join(base, runtime.name);
  const bin = join(dir, "node_modules", ".bin", runtime.bin);
  const probe = () => exec(bin, ["--version"], { cwd: dir, timeout: 30_000 });
  if (existsSync(bin) && (await probe()).code === 0) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `runtime-${runtime.name}`, private: true }));
  const install = await exec("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", runtime.spec], { cwd: dir, timeout: INSTALL_TIMEOUT_MS });
  if (install.code !== 0) throw new Error(`npm install ${runtime.spec} failed (exit ${install.code}):\n${install.out}`);
  const version = await probe();
  if (version.code !== 0) throw new Error(`${runtime.spec} installed but ${bin} --version failed:\n${version.out}`);
  return bin;
}

/** Makes sure /usr/bin/chromium exists, installing the Debian package when missing. */
async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const [cmd, pre] = root ? ["bash", []] : ["sudo", ["-n", "bash"]];
  console.log("chromium: not found, installing the Debian package (apt-get install -y chromium)");
  const result = await exec(cmd, [...pre, "-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"], {
    cwd: ROOT,
    timeout: APT_TIMEOUT_MS,
  });
  if (result.code !== 0 || !existsSync(CHROMIUM)) throw new Error(`could not install chromium (exit ${result.code}):\n${result.out.slice(-4000)}`);
}

/** Starts a fresh reference router from the installed @xerotier/testing tarball. */
async function startRouterFrom(project) {
  const testing = await import(pathToFileURL(join(project, "node_modules", "@xerotier", "testing", "dist", "index.js")).href);
  return testing.startRouter({ port: 0, host: "127.0.0.1" });
}

/** Runs the smoke script under one runtime against its own fresh router. */
async function runSmoke(project, name, bin, args) {
  const server = await startRouterFrom(project);
  try {
    const env = { XEROTIER_BASE_URL: server.url, DENO_DIR: join(project, ".deno"), DENO_NO_UPDATE_CHECK: "1" };
    const result = await exec(bin, args, { cwd: project, env, timeout: RUN_TIMEOUT_MS });
    if (result.code !== 0 || !result.out.includes("smoke ok")) throw new Error(`exit ${result.code}\n${result.out}`);
    return result.out.trim().split("\n").at(-1);
  } finally {
    await server.close();
  }
}

/** Bundles the browser page with esbuild, serves it, and runs it in headless Chromium. */
async function runBrowser(project, work) {
  const { build } = await import("esbuild");
  const { chromium } = await import("playwright-core");
  const site = join(work, "site");
  mkdirSync(site, { recursive: true });
  for (const file of ["page.mjs", "watched-fetch.mjs"]) copyFileSync(join(HERE, file), join(project, file));
  await build({
    entryPoints: [join(project, "page.mjs")],
    absWorkingDir: project,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outfile: join(site, "page.js"),
    logLevel: "error",
    // @xerotier/approvals' fileCheckpoint lazily imports fs/promises (Node-only); a browser never calls it.
    external: ["fs/promises", "node:*"],
  });
  writeFileSync(join(site, "index.html"), '<!doctype html><meta charset="utf-8"><title>xerotier smoke</title><script type="module" src="/page.js"></script>');
  const files = { "/": ["index.html", "text/html"], "/page.js": ["page.js", "text/javascript"] };
  const web = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://x").pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file[1] }).end(readFileSync(join(site, file[0])));
  });
  await new Promise((resolve) => web.listen(0, "127.0.0.1", resolve));
  const server = await startRouterFrom(project);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: BROWSER_TIMEOUT_MS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => errors.push(`console.${message.type()}: ${message.text()}`));
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    const origin = `http://127.0.0.1:${web.address().port}`;
    await page.goto(`${origin}/?router=${encodeURIComponent(server.url)}`, { timeout: BROWSER_TIMEOUT_MS });
    try {
      await page.waitForFunction(() => window.__result !== undefined, undefined, { timeout: BROWSER_TIMEOUT_MS });
    } catch (error) {
      const progress = await page.evaluate(() => window.__progress).catch(() => undefined);
      throw new Error(`${error.message}\nprogress: ${JSON.stringify(progress)}\n${[...new Set(errors)].slice(0, 20).join("\n")}`);
    }
    const result = await page.evaluate(() => window.__result);
    if (!result.ok) throw new Error(`${result.error}\n${[...new Set(errors)].slice(0, 20).join("\n")}`);
    return `listed ${result.listed} approvals; watch saw ${result.seen.join(", ")}; ${result.userAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0]}`;
  } finally {
    await browser.close();
    await server.close();
    await new Promise((resolve) => web.close(resolve));
  }
}

async function main() {
  const started = Date.now();
  for (const name of PACKED) {
    if (!existsSync(join(ROOT, "packages", name, "dist", "index.js"))) throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
  }
  const work = mkdtempSync(join(tmpdir(), "xerotier-runtimes-"));
  const runtimesDir = process.env.XEROTIER_RUNTIMES_DIR || join(work, "rt");
  const results = [];
  try {
    // Installs (npm runtimes and chromium) overlap with packing; each is bounded by its own timeout.
    const installs = NPM_RUNTIMES.map((r) => installRuntime(runtimesDir, r).then((bin) => ({ ok: true, bin }), (error) => ({ ok: false, error })));
    const chromiumReady = ensureChromium().then(() => ({ ok: true }), (error) => ({ ok: false, error }));
    const project = join(work, "project");
    const tarballs = join(work, "tarballs");
    mkdirSync(project, { recursive: true });
    mkdirSync(tarballs, { recursive: true });
    installPacked(project, packAll(tarballs));
    for (const file of ["smoke.mjs", "watched-fetch.mjs"]) copyFileSync(join(HERE, file), join(project, file));

    const record = async (name, fn) => {
      const t0 = Date.now();
      try {
        const detail = await fn();
        results.push({ name, ok: true, detail, ms: Date.now() - t0 });
      } catch (error) {
        results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error), ms: Date.now() - t0 });
      }
      const last = results.at(-1);
      console.log(`${last.ok ? "PASS" : "FAIL"} ${name} (${(last.ms / 1000).toFixed(1)} s): ${last.detail}`);
    };

    await record(`node ${process.version}`, () => runSmoke(project, "node20", process.execPath, ["smoke.mjs"]));
    for (const [i, runtime] of NPM_RUNTIMES.entries()) {
      const installed = await installs[i];
      await record(runtime.spec, async () => {
        if (!installed.ok) throw installed.error;
        const version = spawnSync(installed.bin, ["--version"], { encoding: "utf8", timeout: 30_000 }).stdout.trim().split("\n")[0];
        return `${version}: ${await runSmoke(project, runtime.name, installed.bin, runtime.args)}`;
      });
    }
    await record("chromium (playwright-core)", async () => {
      const ready = await chromiumReady;
      if (!ready.ok) throw ready.error;
      return runBrowser(project, work);
    });
  } finally {
    if (!process.env.XEROTIER_RUNTIMES_DIR) rmSync(work, { recursive: true, force: true });
    else rmSync(join(work, "project"), { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`test-runtimes: ${results.length - failed.length}/${results.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(`test-runtimes: FAILED\n${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
