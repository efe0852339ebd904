#!/usr/bin/env node
// Lines of a package's hand-written source, as `wc -l` counts them (blank and comment lines
// included): packages/<name>/src/**/*.ts without src/generated/** and tests (*.test.ts).
// `node scripts/count-lines.mjs testing` prints "packages/testing/src: <lines> lines in <files> files".
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : files(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

for (const name of process.argv.slice(2)) {
  const src = join("packages", name, "src");
  const found = files(src);
  const lines = found.reduce((total, file) => total + readFileSync(file, "utf8").split("\n").length - 1, 0);
  console.log(`${src}: ${lines} lines in ${found.length} files`);
}
