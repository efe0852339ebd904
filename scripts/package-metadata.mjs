/**
 * What npm users see of a package besides its code: `repository`, `homepage`, `bugs`, `license`,
 * a LICENSE file in the tarball, and README links that work on npmjs.com (which renders the README
 * without the repository around it, so a relative link is dead there). Used by check-packages.mjs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
/** The repository every package is published from. */
export const REPOSITORY = "https://github.com/Xerotier/xerotier-sdk";
const LICENSE = "MIT";

/**
 * The metadata problems of the package in `dir` (absolute), each a sentence naming the field or
 * file; empty when the package is ready for npm.
 */
export function metadataProblems(dir, root = ROOT) {
  const where = relative(root, dir).split("\\").join("/");
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const problems = [];
  const expect = (field, actual, wanted) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${pkg.name}: "${field}" must be ${JSON.stringify(wanted)}, is ${JSON.stringify(actual)}`);
  };
  expect("license", pkg.license, LICENSE);
  expect("repository", pkg.repository, { type: "git", url: `git+${REPOSITORY}.git`, directory: where });
  expect("homepage", pkg.homepage, `${REPOSITORY}/tree/main/${where}#readme`);
  expect("bugs", pkg.bugs, { url: `${REPOSITORY}/issues` });
  const license = join(dir, "LICENSE");
  if (!existsSync(license)) problems.push(`${pkg.name}: no LICENSE file`);
  else if (!readFileSync(license, "utf8").startsWith("MIT License")) problems.push(`${pkg.name}: LICENSE is not the MIT license`);
  if (!existsSync(join(dir, "README.md"))) problems.push(`${pkg.name}: no README.md`);
  else problems.push(...readmeLinkProblems(readFileSync(join(dir, "README.md"), "utf8"), `${where}/README.md`, root));
  return problems;
}

/**
 * Links of a package README that would be dead on npmjs.com: relative ones, and links into this
 * repository (`…/blob/main/<path>`, `…/tree/main/<path>`) naming a path that does not exist.
 */
export function readmeLinkProblems(text, page, root = ROOT) {
  const problems = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const at = `${page}:${i + 1}`;
      if (target.startsWith("#")) continue;
      if (!/^https?:\/\//.test(target)) {
        problems.push(`${at}: relative link ${target} is dead on npm; link ${REPOSITORY}/blob/main/… instead`);
        continue;
      }
      const inRepo = new RegExp(`^${REPOSITORY}/(?:blob|tree)/main/([^#?]+)`).exec(target);
      if (inRepo && !existsSync(join(root, decodeURIComponent(inRepo[1])))) problems.push(`${at}: ${target} names no file of the repository`);
    }
  });
  return problems;
}

/** What a tarball (its file paths, as `pnpm pack --dry-run --json` lists them) lacks for npm users. */
export function tarballProblems(name, paths) {
  return ["LICENSE", "README.md", "package.json"].filter((file) => !paths.includes(file)).map((file) => `${name}: the tarball has no ${file}`);
}
