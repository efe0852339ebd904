import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { metadataProblems, readmeLinkProblems, REPOSITORY, tarballProblems } from "../scripts/package-metadata.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = readdirSync(join(ROOT, "packages")).filter((dir) => !JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8")).private);

describe("check-packages: what npm users see of each package", () => {
  it.each(PACKAGES)("packages/%s has repository, homepage, bugs, license, a LICENSE and README links that work on npm", (dir) => {
    expect(metadataProblems(join(ROOT, "packages", dir))).toEqual([]);
  });

  describe("fails when anything is missing", () => {
    let fake: string | undefined;
    afterEach(() => fake && rmSync(fake, { recursive: true, force: true }));

    // A copy of packages/api under a temporary root, its package.json edited by `edit`.
    const broken = (edit: (pkg: Record<string, unknown>) => void, files: Record<string, string | null> = {}) => {
      fake = mkdtempSync(join(tmpdir(), "pkg-meta-"));
      const dir = join(fake, "packages", "api");
      cpSync(join(ROOT, "packages", "api", "package.json"), join(dir, "package.json"));
      for (const file of ["LICENSE", "README.md"]) cpSync(join(ROOT, "packages", "api", file), join(dir, file));
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
      edit(pkg);
      writeFileSync(join(dir, "package.json"), JSON.stringify(pkg));
      for (const [file, text] of Object.entries(files)) {
        if (text === null) rmSync(join(dir, file));
        else writeFileSync(join(dir, file), text);
      }
      // The README's repository links must resolve under the fake root too.
      cpSync(join(ROOT, "docs"), join(fake, "docs"), { recursive: true });
      return metadataProblems(dir, fake);
    };

    it("repository, homepage, bugs and license, each named", () => {
      const problems = broken((pkg) => {
        delete pkg.repository;
        delete pkg.homepage;
        delete pkg.bugs;
        delete pkg.license;
      });
      expect(problems.map((p) => /"(\w+)"/.exec(p)?.[1])).toEqual(["license", "repository", "homepage", "bugs"]);
    });

    it("a repository without the package's directory", () => {
      expect(broken((pkg) => (pkg.repository = { type: "git", url: `git+${REPOSITORY}.git` }))).toEqual([
        expect.stringContaining('"repository" must be {"type":"git","url":"git+https://github.com/Xerotier/xerotier-sdk.git","directory":"packages/api"}'),
      ]);
    });

    it("the LICENSE file", () => {
      expect(broken(() => {}, { LICENSE: null })).toEqual(["@xerotier/api: no LICENSE file"]);
    });

    it("a relative README link, and one into the repository that names no file", () => {
      const readme = `# x\n\nSee [errors](../../docs/guides/errors-and-retries.md) and [gone](${REPOSITORY}/blob/main/docs/guides/gone.md), [ok](#x).\n`;
      expect(broken(() => {}, { "README.md": readme })).toEqual([
        "packages/api/README.md:3: relative link ../../docs/guides/errors-and-retries.md is dead on npm; link https://github.com/Xerotier/xerotier-sdk/blob/main/… instead",
        `packages/api/README.md:3: ${REPOSITORY}/blob/main/docs/guides/gone.md names no file of the repository`,
      ]);
    });
  });

  it("reads a link to an existing guide as fine", () => {
    expect(readmeLinkProblems(`[g](${REPOSITORY}/blob/main/docs/guides/webhooks.md)`, "x.md")).toEqual([]);
  });

  it("names what a tarball lacks", () => {
    expect(tarballProblems("@xerotier/api", ["package.json", "README.md", "dist/index.js"])).toEqual(["@xerotier/api: the tarball has no LICENSE"]);
    expect(tarballProblems("@xerotier/api", ["package.json", "README.md", "LICENSE"])).toEqual([]);
  });
});
