import { describe, expect, it } from "vitest";
import {
  duplicateValues,
  entryExports,
  INTERNAL_ENTRY,
  namesImportedFrom,
  publishedEntries,
  surfaceProblems,
  unusedInternalExports,
  VALUE_EXPORT_BUDGET,
} from "../scripts/count-exports.mjs";

describe("the public surface of the published packages (scripts/count-exports.mjs)", () => {
  const exports = entryExports();

  it("counts every entry of every published package", () => {
    expect(exports.map((e) => e.specifier)).toEqual(expect.arrayContaining(["@xerotier/api", INTERNAL_ENTRY, "@xerotier/cli", "@xerotier/approvals/sinks", "@xerotier/testing/doctor"]));
    expect(exports).toHaveLength(publishedEntries().length);
  });

  it(`keeps the runtime exports of all entries within ${VALUE_EXPORT_BUDGET}`, () => {
    expect(exports.reduce((sum, e) => sum + e.values.length, 0)).toBeLessThanOrEqual(VALUE_EXPORT_BUDGET);
  });

  it(`exports from ${INTERNAL_ENTRY} only names another workspace package imports`, () => {
    expect(unusedInternalExports(exports)).toEqual([]);
  });

  it("gives the CLI's library entry what a program embedding xeroctl needs: run and its types", () => {
    const cli = exports.find((e) => e.specifier === "@xerotier/cli");
    expect(cli?.values).toEqual(["run"]);
    expect(cli?.types).toEqual(["CliIO", "ExitCode"]);
  });

  it("lets no runtime name be exported by two packages (one name, one meaning)", () => {
    expect(duplicateValues(exports)).toEqual([]);
  });

  it("has nothing for the script's --check to report", () => {
    expect(surfaceProblems(exports)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("read named, re-exported and import-type uses of an entry, and nothing of another", () => {
    const text = [
      'import { sleep, type ReadOptions as Options } from "@xerotier/api/internal";',
      'export { readUpTo } from "@xerotier/api/internal";',
      'type Brand = typeof import("@xerotier/api/internal").brandError;',
      'import { createXerotierClient } from "@xerotier/api";',
    ].join("\n");
    expect([...namesImportedFrom(text, INTERNAL_ENTRY)].sort()).toEqual(["ReadOptions", "brandError", "readUpTo", "sleep"]);
  });

  it("list a value name two packages export, with the entries", () => {
    const entry = (packageName: string, specifier: string, values: string[]) => ({ packageName, specifier, source: "", values, types: [] });
    const found = duplicateValues([entry("@xerotier/a", "@xerotier/a", ["isDone", "x"]), entry("@xerotier/a", "@xerotier/a/sub", ["x"]), entry("@xerotier/b", "@xerotier/b", ["isDone"])]);
    expect(found).toEqual([{ name: "isDone", entries: ["@xerotier/a", "@xerotier/b"] }]);
  });
});
