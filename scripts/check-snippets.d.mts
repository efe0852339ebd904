/** One TypeScript block (or hidden prelude, or hidden `meanwhile` block: a code block flagged `meanwhile`) of a Markdown page. */
export interface SnippetBlock {
  kind: "code" | "prelude";
  /** 1-based line of the block's first code line in the page. */
  line: number;
  code: string;
  flags: string[];
}

/** The TypeScript blocks and hidden preludes of one page; throws on an unknown marker. */
export function extractBlocks(text: string, page: string): SnippetBlock[];

/** Typechecks the snippets of `pages` in one program; errors as `page:line:col - error TSnnnn: message`. */
export function checkSnippets(pages: ReadonlyArray<{ page: string; text: string }>): {
  checked: number;
  skipped: number;
  modules: ReadonlyArray<{ page: string; fileName: string; text: string }>;
  errors: string[];
};

/** The Markdown pages whose snippets are checked and run, relative to the repository root, sorted. */
export function markdownPages(): string[];
