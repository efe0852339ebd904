#!/usr/bin/env node
/**
 * Typechecks every ```ts / ```typescript block of README.md, packages/*\/README.md and docs/**\/*.md
 * against the workspace sources (the root tsconfig's paths), in one TypeScript program.
 *
 * A page is one program: its blocks join in order, as a reader runs them top to bottom, so a
 * later block may use what an earlier one declared. Markers in the fence's info string:
 *   ```ts no-check      a deliberate fragment: not compiled (use rarely; say why in the prose)
 *   ```ts standalone    compiled as a module of its own (e.g. an alternative that redeclares)
 *   ```ts no-run        compiled, but not run by the snippet runner (scripts/run-snippets.mjs)
 *   ```ts forever       compiled; the runner runs it for a moment (it follows a stream until stopped)
 * A page may declare what its prose shows but its blocks do not, in a hidden prelude:
 *   <!-- ts prelude: what the snippets leave to your application
 *   declare const client: XerotierClient;
 *   -->
 * and, between two blocks, what happens outside the program at that point (a XEM starts; the
 * snippet runner runs it there, against the reference router), in a hidden block of the program:
 *   <!-- ts meanwhile: the XEM starts with the key and enrols
 *   await fetch(…);
 *   -->
 * Errors print as `file:line:col - error TSnnnn: message`, pointing into the Markdown.
 *
 * Usage: node scripts/check-snippets.mjs [--list]   (--list prints each module it would check)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONFIG = join(ROOT, "scripts", "tsconfig.snippets.json");
const LANGS = new Set(["ts", "typescript"]);
// no-run and forever are the snippet runner's (scripts/run-snippets.mjs); compiled like any block.
const FLAGS = new Set(["no-check", "standalone", "no-run", "forever"]);

/** The Markdown pages whose snippets are checked (and run), relative to the root, sorted. */
export function markdownPages() {
  const pages = ["README.md"];
  for (const pkg of readdirSync(join(ROOT, "packages"))) {
    if (existsSync(join(ROOT, "packages", pkg, "README.md"))) pages.push(`packages/${pkg}/README.md`);
  }
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory() && path !== "docs/api" && entry.name !== "node_modules") walk(path);
      else if (entry.isFile() && entry.name.endsWith(".md")) pages.push(path);
    }
  };
  walk("docs");
  return pages.sort();
}

/**
 * The TypeScript blocks and hidden preludes of one page. Each has `line` (1-based line of its
 * first code line in the page), `code` (fence indentation removed) and `flags`.
 */
export function extractBlocks(text, page) {
  const lines = text.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const hidden = /^\s*<!--\s*ts (prelude|meanwhile)\b(?!.*-->)/.exec(lines[i]);
    if (hidden) {
      const end = findLine(lines, i + 1, (l) => /^\s*-->\s*$/.test(l), page, i, `ts ${hidden[1]}`);
      const code = lines.slice(i + 1, end).join("\n");
      blocks.push(hidden[1] === "prelude" ? { kind: "prelude", line: i + 2, code, flags: [] } : { kind: "code", line: i + 2, code, flags: ["meanwhile"] });
      i = end;
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const [, indent, marks, lang, rest] = fence;
    const close = new RegExp(`^\\s*${marks[0]}{${marks.length},}\\s*$`);
    const end = findLine(lines, i + 1, (l) => close.test(l), page, i, "code fence");
    if (LANGS.has(lang.toLowerCase())) {
      const flags = rest.trim().split(/\s+/).filter(Boolean);
      const unknown = flags.filter((f) => !FLAGS.has(f) && !f.startsWith("title="));
      if (unknown.length) throw new Error(`${page}:${i + 1}: unknown snippet marker ${unknown.join(", ")}`);
      const code = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
      blocks.push({ kind: "code", line: i + 2, code: code.join("\n"), flags });
    }
    i = end;
  }
  return blocks;
}

function findLine(lines, from, test, page, start, what) {
  for (let j = from; j < lines.length; j++) if (test(lines[j])) return j;
  throw new Error(`${page}:${start + 1}: unclosed ${what}`);
}

/**
 * The modules one page compiles to: the prelude and the page's joined blocks, then one module per
 * `standalone` block (with the prelude too). Each module maps its lines back to the page.
 */
function pageModules(page, blocks) {
  const preludes = blocks.filter((b) => b.kind === "prelude");
  const code = blocks.filter((b) => b.kind === "code" && !b.flags.includes("no-check"));
  const joined = code.filter((b) => !b.flags.includes("standalone"));
  const modules = [];
  if (joined.length) modules.push(buildModule(page, "page", [...preludes, ...joined]));
  code.filter((b) => b.flags.includes("standalone")).forEach((b) => modules.push(buildModule(page, `line${b.line}`, [...preludes, b])));
  return modules;
}

// The virtual file sits next to the page so a bare import resolves from the page's package first.
function buildModule(page, suffix, parts) {
  const fileName = join(ROOT, `${page}.${suffix}.snippet.ts`);
  const lines = [];
  const origin = []; // origin[virtual line index] = line in the page (1-based)
  for (const part of parts) {
    part.code.split("\n").forEach((text, k) => {
      lines.push(text);
      origin.push(part.line + k);
    });
  }
  lines.push("export {};"); // a module even when the snippet has no import
  origin.push(parts.at(-1).line);
  return { page, fileName, text: `${lines.join("\n")}\n`, origin };
}

function loadOptions() {
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(format(d, [])); } });
  if (parsed.errors.length) throw new Error(parsed.errors.map((d) => format(d, [])).join("\n"));
  return parsed.options;
}

/**
 * A compiler host that serves the virtual snippet files, and resolves a bare import the page's
 * own directory cannot see (`msw`, `pg`: dependencies of one package) from each package in turn.
 */
function snippetHost(options, modules) {
  const host = ts.createCompilerHost(options, true);
  const byName = new Map(modules.map((m) => [m.fileName, m]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const mod = byName.get(name);
    return mod ? ts.createSourceFile(name, mod.text, version, true) : getSourceFile(name, version, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => byName.has(name) || fileExists(name);
  const packageDirs = readdirSync(join(ROOT, "packages")).map((p) => join(ROOT, "packages", p, "index.ts"));
  host.resolveModuleNames = (names, containingFile) =>
    names.map((name) => {
      for (const from of [containingFile, ...packageDirs]) {
        const found = ts.resolveModuleName(name, from, options, host).resolvedModule;
        if (found) return found;
      }
      return undefined;
    });
  return host;
}

function format(diagnostic, modules) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const file = diagnostic.file;
  if (!file || diagnostic.start === undefined) return `error TS${diagnostic.code}: ${message}`;
  const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
  const mod = modules.find((m) => m.fileName === file.fileName);
  const where = mod
    ? `${mod.page}:${mod.origin[Math.min(line, mod.origin.length - 1)]}:${character + 1}`
    : `${relative(ROOT, file.fileName)}:${line + 1}:${character + 1}`;
  return `${where} - error TS${diagnostic.code}: ${message}`;
}

/**
 * Typechecks the snippets of `pages` (`{ page, text }`, `page` relative to the root) in one
 * program. Resolves with the counts and each error as `page:line:col - error TSnnnn: message`.
 */
export function checkSnippets(pages) {
  const modules = [];
  let blocks = 0;
  let skipped = 0;
  for (const { page, text } of pages) {
    const found = extractBlocks(text, page);
    blocks += found.filter((b) => b.kind === "code").length;
    skipped += found.filter((b) => b.flags.includes("no-check")).length;
    modules.push(...pageModules(page, found));
  }
  const options = loadOptions();
  const program = ts.createProgram({ rootNames: modules.map((m) => m.fileName), options, host: snippetHost(options, modules) });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...modules.flatMap((m) => {
      const file = program.getSourceFile(m.fileName);
      return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    }),
  ];
  return { checked: blocks - skipped, skipped, modules, errors: diagnostics.map((d) => format(d, modules)) };
}

function main() {
  const pages = markdownPages().map((page) => ({ page, text: readFileSync(join(ROOT, page), "utf8") }));
  const result = checkSnippets(pages);
  if (process.argv.includes("--list")) for (const m of result.modules) console.log(`// ${relative(ROOT, m.fileName)}\n${m.text}`);
  if (result.errors.length) {
    console.error(`check-snippets: ${result.errors.length} error(s) in Markdown TypeScript snippets`);
    for (const error of result.errors) console.error(error);
    process.exit(1);
  }
  console.log(`check-snippets: ${result.checked} snippets in ${result.modules.length} modules typecheck (${result.skipped} marked no-check)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
