import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

describe("the demo's plan", () => {
  it("is published with actions that took up the board's ideas, and changed once since", async () => {
    await loadDemo(ctx.database.db);
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const page = await expectPage(await leader.get("/plan"), [
      "Maandelijkse inloopochtend met koffie",
      "Het plan is veranderd na de laatste publicatie.",
    ]);
    expect(page).toMatch(/nulmeting (ouders|team): nu \d,\d, gewenst \d,\d/);
    await expectPage(await leader.get("/plan/history"), ["deze versie zien ouders"]);
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    await expectPage(await parent.get("/plan/for-parents"), [
      "Op De Regenboog zijn ouders welkom.",
      "Een vaste inloopochtend met koffie",
    ]);
    await expectPage(await parent.get("/ideas"), [
      "In het plan: Maandelijkse inloopochtend met koffie (Bezig)",
      "In het plan: Elke groep stuurt een kort maandbericht (Gepland)",
    ]);
  });
});
