/** One entry of a published package and its exports, names sorted. */
export interface EntryExports {
  /** The package, e.g. `@xerotier/approvals`. */
  packageName: string;
  /** The import specifier, e.g. `@xerotier/approvals/sinks`. */
  specifier: string;
  /** Its source file (absolute). */
  source: string;
  /** Runtime (value) exports. */
  values: string[];
  /** Type-only exports. */
  types: string[];
}

/** Runtime exports allowed over all entries. */
export const VALUE_EXPORT_BUDGET: number;
/** `@xerotier/api/internal`. */
export const INTERNAL_ENTRY: string;
/** Every entry of every published package. */
export function publishedEntries(root?: string): Array<Pick<EntryExports, "packageName" | "specifier" | "source">>;
/** The exports of every entry, counted with TypeScript's checker. */
export function entryExports(entries?: Array<Pick<EntryExports, "packageName" | "specifier" | "source">>, root?: string): EntryExports[];
/** Value names exported by more than one package. */
export function duplicateValues(exports: EntryExports[]): Array<{ name: string; entries: string[] }>;
/** The names a source text imports from `specifier`. */
export function namesImportedFrom(text: string, specifier: string): Set<string>;
/** `@xerotier/api/internal` exports no other package imports. */
export function unusedInternalExports(exports?: EntryExports[], root?: string): string[];
/** What breaks the surface rules, as readable lines. */
export function surfaceProblems(exports?: EntryExports[], root?: string): string[];
