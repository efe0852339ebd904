import { afterAll, describe, expect, it } from "vitest";
import { createDriftingRouter, DEMO, rewriteListItems, rewriteOnPath, withoutFields } from "../../src/index";

const server = createDriftingRouter();
afterAll(() => server.router.close());
const client = server.client();
const approvalPath = /\/v1\/exec\/approvals\/[^/]+$/;

describe("createDriftingRouter (public kit)", () => {
  it("rewrites single-object answers on a matching path, leaving lists and other paths alone", async () => {
    server.rewrite = rewriteOnPath(approvalPath, (a) => ({ ...withoutFields(a, "risk"), status: "on_hold" }));
    const { data } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: DEMO.approvals.pendingDestructive } } });
    expect(data).toMatchObject({ id: DEMO.approvals.pendingDestructive, status: "on_hold" });
    expect(data).not.toHaveProperty("risk");
    const list = await client.GET("/v1/exec/approvals", { params: { query: { limit: 5 } } });
    expect(list.data!.data.map((a) => a.status as string)).not.toContain("on_hold");
    server.rewrite = undefined;
  });

  it("rewrites every item of a list answer on a matching path", async () => {
    server.rewrite = rewriteListItems(/\/v1\/exec\/approvals$/, (a) => ({ ...a, extra_field: 1 }));
    const { data } = await client.GET("/v1/exec/approvals", { params: { query: { limit: 3 } } });
    expect(data!.data).toHaveLength(3);
    for (const approval of data!.data) expect(approval).toMatchObject({ extra_field: 1 });
    server.rewrite = undefined;
  });

  it("rewrites what reaches the router, and event-stream data and id lines", async () => {
    const seen: string[] = [];
    server.rewriteRequest = (request) => (seen.push(new URL(request.url).pathname), request);
    server.rewriteEventId = (id) => `${id}-x`;
    server.rewriteEvent = (event) => ({ ...event, drifted: true });
    const response = await server.fetch(`http://router.test/${DEMO.project}/v1/exec/events`, { headers: { authorization: "Bearer xero_demo_admin" } });
    const reader = response.body!.getReader();
    server.router.scenario.requestApproval({ risk: "destructive", workspaceId: DEMO.workspaces.prod });
    let text = "";
    while (!text.includes('"drifted":true')) {
      const { value, done } = await reader.read(); // bounded by the test timeout
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(seen).toEqual([`/${DEMO.project}/v1/exec/events`]);
    expect(text).toMatch(/^id: evt_\d+-x$/m);
    expect(text).toContain('"drifted":true');
    server.rewriteRequest = server.rewriteEvent = server.rewriteEventId = undefined;
  });
});
