#!/usr/bin/env node
// Lines of a package's hand-written source, as `wc -l` counts them (blank and comment lines
// included): packages/<name>/src/**/*.ts without src/generated/** and tests (*.test.ts).
// `node scripts/count-lines.mjs testing` prints "packages/testing/src: <lines> lines in <files> files";
// `--exclude doctor` leaves out src/doctor.ts and src/doctor/ (an entry of its own) and prints them apart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : files(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

const lines = (found) => found.reduce((total, file) => total + readFileSync(file, "utf8").split("\n").length - 1, 0);
const args = process.argv.slice(2);
const excluded = args.flatMap((arg, i) => (args[i - 1] === "--exclude" ? [arg] : []));

for (const name of args.filter((arg, i) => arg !== "--exclude" && args[i - 1] !== "--exclude")) {
  const src = join("packages", name, "src");
  // An excluded entry is its module and its folder: src/<entry>.ts and src/<entry>/.
  const isExcluded = (file) => excluded.some((entry) => file === join(src, `${entry}.ts`) || file.startsWith(join(src, entry) + "/"));
  const found = files(src);
  const kept = found.filter((file) => !isExcluded(file));
  const suffix = excluded.length > 0 ? ` (without ${excluded.join(", ")})` : "";
  console.log(`${src}: ${lines(kept)} lines in ${kept.length} files${suffix}`);
  for (const entry of excluded) {
    const apart = found.filter((file) => file === join(src, `${entry}.ts`) || file.startsWith(join(src, entry) + "/"));
    console.log(`  ${entry}: ${lines(apart)} lines in ${apart.length} files`);
  }
}
