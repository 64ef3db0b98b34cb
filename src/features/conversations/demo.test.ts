import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { DEMO_TEACHER_GROUP_4 } from "../../demo/conversations.js";

const ctx = useTestContext();

describe("the demo's conversation round", () => {
  it("lets the demo parent book both children back to back, and their teachers see them", async () => {
    const accounts = await loadDemo(ctx.database.db);
    expect(accounts.map((a) => a.email)).toContain(DEMO_TEACHER_GROUP_4);

    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const overview = await (await parent.get("/conversations")).text();
    const roundUrl = overview.match(/href="(\/conversations\/rounds\/[0-9a-f-]{36}\/book)"/)?.[1];
    expect(overview).toContain("Driehoeksgesprekken najaar");
    const page = await (await parent.get(roundUrl!)).text();
    expect(page).toContain("Gesprek over Sem");
    expect(page).toContain("Gesprek over Lotte");
    const combination = page.match(/name="combination" value="([^"]+)"/)?.[1];
    const together = await parent.post(roundUrl!.replace(/\/book$/, "/book-together"), { combination: combination! });
    expect(together.status).toBe(303);

    const roundPath = roundUrl!.replace(/\/book$/, "");
    const fatima = await signIn(ctx, DEMO_ACCOUNTS.teacher7);
    expect(await (await fatima.get(`${roundPath}/schedule`)).text()).toContain("Lotte Jansen");
    expect((await fatima.get(`${roundPath}/availability`)).status).toBe(200);
    const sanne = await signIn(ctx, DEMO_TEACHER_GROUP_4);
    expect(await (await sanne.get(`${roundPath}/schedule`)).text()).toContain("Sem Jansen");
  });
});
