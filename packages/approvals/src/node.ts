/**
 * `@xerotier/approvals/node`: the parts that need Node's file system, kept out of the main entry
 * so browser and edge bundles never see a `node:fs` import.
 *
 * @packageDocumentation
 */
export { fileCheckpoint } from "./file-checkpoint";
