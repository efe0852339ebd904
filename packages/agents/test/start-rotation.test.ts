import { NotFoundError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { ConfirmationRequiredError, createAgents } from "../src/index";
import { useRouter } from "./support";

describe("startCurveRotation", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("rotates at once and returns the router's answer, without waiting for a heartbeat", async () => {
    const before = h.router.world.agents.get(DEMO.agents.fleet01).curve_public_key;
    const rotation = await createAgents(h.client()).startCurveRotation(DEMO.agents.fleet01, { reason: "quarterly", confirm: true });
    expect(rotation).toMatchObject({ object: "curve_rotation", agent_id: DEMO.agents.fleet01 });
    expect(rotation.curve_public_key).not.toBe(before);
    expect(h.router.world.agents.get(DEMO.agents.fleet01).curve_public_key).toBe(rotation.curve_public_key);
  });

  it("refuses without confirm: true, and rotates nothing", async () => {
    const before = h.router.world.agents.get(DEMO.agents.fleet01).curve_public_key;
    const error = await createAgents(h.client())
      .startCurveRotation(DEMO.agents.fleet01, {} as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfirmationRequiredError);
    expect(h.router.world.agents.get(DEMO.agents.fleet01).curve_public_key).toBe(before);
  });

  it("an unknown agent is a NotFoundError", async () => {
    const error = await createAgents(h.client()).startCurveRotation("agt_nope", { confirm: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });
});
