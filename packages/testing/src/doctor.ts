/**
 * `@xerotier/testing/doctor`: measure a live Xerotier deployment against the spec
 * (`probeDeployment`, what `xeroctl doctor` runs) and keep its answers, redacted, as fixtures the
 * reference router replays (`writeFixtures`, then `startRouter({ fixtures: dir })`).
 *
 * @example
 * ```ts
 * import { createXerotierClient } from "@xerotier/api";
 * import { probeDeployment, writeFixtures } from "@xerotier/testing/doctor";
 *
 * const client = createXerotierClient({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo", apiKey: "xero_demo_admin" });
 * const report = await probeDeployment(client, { record: true, secrets: ["xero_demo_admin"] });
 * await writeFixtures("./fixtures/demo", report.fixtures ?? []);
 * ```
 *
 * @packageDocumentation
 */
export { probeDeployment } from "./doctor/probe";
export type {
  DoctorReport,
  Finding,
  FindingKind,
  OperationOutcome,
  OperationReport,
  ProbeOptions,
  WireCheck,
  WireCheckName,
} from "./doctor/types";
export { checkRecordDirectory, writeFixtures } from "./doctor/write-fixtures";
export type { FixtureSet, RecordedFixture } from "./fixtures/format";
