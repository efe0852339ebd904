/** One runnable program of a page: its prelude and blocks (or one standalone block), instrumented. */
export interface SnippetProgram {
  /** `page` for the page's program, `page:line` for a standalone block. */
  name: string;
  page: string;
  /** 1-based page line of its first block. */
  line: number;
  code: string;
  /** Whether it ends in a `forever` block. */
  forever: boolean;
  /** The bundled file, once bundlePrograms ran. */
  file?: string;
}

/** What a run ended with. */
export interface SnippetRunResult {
  ok: boolean;
  error?: Error;
  /** Page line of the last block the program began. */
  reached?: number;
  /** Its stdout and stderr (the last 64 KiB). */
  output: string;
}

/** The programs of one page; throws when a `forever` block is not the last of its program. */
export function pagePrograms(page: string, text: string): SnippetProgram[];
/** The variables a page's shell blocks export, the local router's address replaced by `routerUrl`. */
export function pageEnvironment(text: string, routerUrl: string): Record<string, string>;
/** Bundles `programs` into `outdir` in one esbuild build and sets each one's `file`. */
export function bundlePrograms(programs: SnippetProgram[], outdir: string): Promise<void>;
/** Runs one bundled program in a worker thread. */
export function runProgram(
  program: SnippetProgram,
  options?: { env?: Record<string, string | undefined>; timeoutMs?: number; foreverMs?: number },
): Promise<SnippetRunResult>;
