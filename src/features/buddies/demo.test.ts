import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";

const ctx = useTestContext();

describe("the demo's buddies", () => {
  it("lets the demo parent ask for a buddy and the coordinator pair them with the suggested one", async () => {
    await loadDemo(ctx.database.db);
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const asked = await parent.post("/buddies/request", {
      reasons: "language",
      languages: ["tr", "nl"],
      availability: "morning",
    });
    expect(asked.status).toBe(303);
    const coordinator = await signIn(ctx, DEMO_ACCOUNTS.coordinator);
    const page = await (await coordinator.get("/buddies/coordinate")).text();
    expect(page).toContain("spreekt Turks");
    const requestId = /\/buddies\/requests\/([0-9a-f-]{36})\/match/.exec(page)![1]!;
    const offerId = /name="offerId"[^>]*value="([0-9a-f-]{36})"/.exec(page)![1]!;
    expect((await coordinator.post(`/buddies/requests/${requestId}/match`, { offerId })).status).toBe(303);
    expect(await (await parent.get("/buddies")).text()).toContain("Uw buddy:");
  });
});
