import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";

const ctx = useTestContext();

const LINK = '<a href="/conversations">Gesprekken</a>';

describe("the conversations link in the header", () => {
  it("is there for staff and parents, and not for someone with nothing behind it", async () => {
    const school = await createSchool(ctx.database.db);
    for (const email of [school.leader.email, school.teacher.email, school.parent.email]) {
      const home = await (await signIn(ctx, email)).get("/home");
      expect(await home.text(), email).toContain(LINK);
    }
    const stranger = await createUser(ctx.database.db);
    expect(await (await (await signIn(ctx, stranger.email)).get("/home")).text()).not.toContain(LINK);
    expect(await (await new TestClient(ctx.app).get("/sign-in")).text()).not.toContain(LINK);
  });
});
