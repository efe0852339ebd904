import { SPEC_VERSION } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createExec } from "../src/index";
import { useRouter } from "./support";

const { invocations: INV, approvals: AP } = DEMO;

describe("exportIncident", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("collects the invocation, timeline, approvals, output and every request id in one JSON document", async () => {
    const doc = await createExec(h.client()).exportIncident(INV.completed);
    expect(doc).toMatchObject({
      object: "incident_export",
      specVersion: SPEC_VERSION,
      invocation: { id: INV.completed, status: "completed" },
      approvals: [{ id: AP.approved, status: "approved" }],
      output: { invocationId: INV.completed, exitCode: 0 },
    });
    expect(doc.timeline).toHaveLength(6);
    expect(Number.isNaN(Date.parse(doc.exportedAt))).toBe(false);
    expect(doc.requestIds.map((r) => r.request).sort()).toEqual([
      `GET /v1/exec/approvals/${AP.approved}`,
      `GET /v1/exec/invocations/${INV.completed}`,
      `GET /v1/exec/invocations/${INV.completed}/output`,
    ]);
    expect(doc.requestIds.every((r) => typeof r.requestId === "string" && r.requestId.length > 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("an unknown invocation rejects with NotFoundError", async () => {
    await expect(createExec(h.client()).exportIncident("inv_nope")).rejects.toMatchObject({ code: "invocation_not_found" });
  });
});
