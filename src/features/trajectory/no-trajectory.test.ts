import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

const start = '<a href="/trajectory">Start een traject</a>';

describe("pages of the trajectory before there is one", () => {
  it("give each an h1, a way to start one to those who may, and whom to ask to the others", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    await expectPage(await leader.get("/plan"), ["<h1>Samen school-plan</h1>", start]);
    await expectPage(await leader.get("/ideas"), ["<h1>Ideeën voor de samenwerking</h1>", start]);
    await expectPage(await leader.get("/certification"), [start]);
    await expectPage(await leader.get("/plan", { "accept-language": "en" }), [
      '<a href="/trajectory">Start a trajectory</a>',
    ]);

    const teacher = await signIn(ctx, school.teacher.email);
    const html = await expectPage(await teacher.get("/plan"), [
      "<h1>Samen school-plan</h1>",
      "De schoolleider of de coördinator ouderbetrokkenheid kan een traject starten.",
    ]);
    expect(html).not.toContain(start);
  });
});
