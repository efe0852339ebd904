import { describe, expect, it } from "vitest";
import { checkSnippets, extractBlocks } from "../scripts/check-snippets.mjs";

const fence = "```";
const page = (...lines: string[]) => lines.join("\n");

describe("check-snippets: the Markdown TypeScript checker", () => {
  it("joins a page's blocks into one program and reports an error at the page's own line", () => {
    const text = page(
      "# Guide",
      `${fence}ts`,
      'import { createXerotierClient } from "@xerotier/api";',
      'const xero = createXerotierClient({ project: "proj_abc123" });',
      fence,
      "Then:",
      `${fence}typescript`,
      "const n: number = xero.notAMethod;",
      fence,
    );
    const result = checkSnippets([{ page: "docs/guides/example.md", text }]);
    expect(result.checked).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^docs\/guides\/example\.md:8:\d+ - error TS2339: Property 'notAMethod' does not exist/);
  }, 300_000);

  it("compiles a standalone block alone, skips a no-check fragment, and gives every module the page's prelude", () => {
    const text = page(
      "<!-- ts prelude: what the page leaves to your application",
      "declare const approvalId: string;",
      "-->",
      `${fence}ts`,
      "const id: string = approvalId;",
      fence,
      `${fence}ts standalone`,
      "const id: string = approvalId.toUpperCase(); // redeclares id: fine on its own",
      fence,
      `${fence}ts no-check`,
      "approve(<id>) // a shape, not code",
      fence,
    );
    const result = checkSnippets([{ page: "README.md", text }]);
    expect(result.errors).toEqual([]);
    expect(result.checked).toBe(2);
    expect(result.skipped).toBe(1);
    expect(result.modules).toHaveLength(2);
  }, 300_000);

  it("dedents a block nested in a list and keeps its line numbers", () => {
    const blocks = extractBlocks(page("- a step:", "", `  ${fence}ts`, "  const a = 1;", "    const b = a;", `  ${fence}`), "x.md");
    expect(blocks).toEqual([{ kind: "code", line: 4, code: "const a = 1;\n  const b = a;", flags: [] }]);
  });

  it("ignores other languages and refuses an unknown marker or an unclosed fence, naming the line", () => {
    expect(extractBlocks(page(`${fence}sh`, "xeroctl status", fence, `${fence}json`, "{}", fence), "x.md")).toEqual([]);
    expect(() => extractBlocks(page("", `${fence}ts nocheck`, "x", fence), "x.md")).toThrow("x.md:2: unknown snippet marker nocheck");
    expect(() => extractBlocks(page(`${fence}ts`, "const a = 1;"), "x.md")).toThrow("x.md:1: unclosed code fence");
  });
});
