/** The repository every package is published from. */
export const REPOSITORY: string;
/** The metadata problems of the package in `dir` (absolute); empty when it is ready for npm. */
export function metadataProblems(dir: string, root?: string): string[];
/** Links of a package README that would be dead on npmjs.com (relative, or naming no file of the repository). */
export function readmeLinkProblems(text: string, page: string, root?: string): string[];
/** What a tarball (its file paths) lacks for npm users: LICENSE, README.md, package.json. */
export function tarballProblems(name: string, paths: readonly string[]): string[];
