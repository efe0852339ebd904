// `pnpm bench`: runs every benchmark in bench/ one after another, each in its own process so one
// cannot warm up or pollute the heap of the next. Results are printed; bench/RESULTS.md records them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.endsWith(".test.ts"))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)));

let failed = 0;
for (const file of benches) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", `${dir}${file}`], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
