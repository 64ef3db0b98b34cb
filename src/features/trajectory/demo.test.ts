import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";

const ctx = useTestContext();

describe("the demo's trajectory in progress", () => {
  it("stands at the two lines, with its nulmeting, capacity for change and sessions, for staff and parents", async () => {
    await loadDemo(ctx.database.db);
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const page = await (await leader.get("/trajectory")).text();
    expect(page).toContain("met adviseur Petra Hoekstra");
    expect(page).toContain("<strong>Schoollijn en ouderlijn</strong>");
    expect(page).toContain("Nulmeting Samen school</a>");
    expect(page).toContain("18 aanwezig");
    expect(page).toMatch(/Zin om te veranderen<\/th><td>\d,\d<\/td>/);
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const version = await (await parent.get("/trajectory/for-parents")).text();
    expect(version).toContain("Wat verwacht de ouder van de school?");
    expect(version).toContain("Partnerschap: hoe kijkt u naar de school?");
    const advisor = await signIn(ctx, DEMO_ACCOUNTS.advisor);
    expect((await advisor.get("/trajectory")).status).toBe(200);
  });
});
