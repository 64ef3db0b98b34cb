import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";

const ctx = useTestContext();

describe("the demo's plan", () => {
  it("is published with actions that took up the board's ideas, and changed once since", async () => {
    await loadDemo(ctx.database.db);
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const page = await (await leader.get("/plan")).text();
    expect(page).toContain("Maandelijkse inloopochtend met koffie");
    expect(page).toContain("Het plan is veranderd na de laatste publicatie.");
    expect(page).toMatch(/nulmeting (ouders|team): nu \d,\d, gewenst \d,\d/);
    const history = await (await leader.get("/plan/history")).text();
    expect(history).toContain("deze versie zien ouders");
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const plan = await (await parent.get("/plan/for-parents")).text();
    expect(plan).toContain("Op De Regenboog zijn ouders welkom.");
    expect(plan).toContain("Een vaste inloopochtend met koffie");
    const board = await (await parent.get("/ideas")).text();
    expect(board).toContain("In het plan: Maandelijkse inloopochtend met koffie (Bezig)");
    expect(board).toContain("In het plan: Elke groep stuurt een kort maandbericht (Gepland)");
  });
});
