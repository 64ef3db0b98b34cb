import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

describe("the demo's news", () => {
  it("shows the parent the pinned welcome first and group 7's trip, and the teacher of group 8 all of it", async () => {
    await loadDemo(ctx.database.db);
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const page = await expectPage(await parent.get("/news"), ["Studiedag op vrijdag"]);
    expect(page.indexOf("Welkom in het nieuwe schooljaar")).toBeLessThan(page.indexOf("Schoolreisje groep 7"));
    expect(await (await parent.get("/home")).text()).toContain("3 nieuwe nieuwsberichten van school");
    const teacher = await signIn(ctx, DEMO_ACCOUNTS.teacher8);
    expect(await (await teacher.get("/news")).text()).toContain("Schoolreisje groep 7");
  });
});
