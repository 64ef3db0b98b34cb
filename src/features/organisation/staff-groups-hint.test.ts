import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

const hint = "Een leraar ziet pas leerlingen en gespreksrondes als u hem of haar aan een groep toevoegt";

describe("a teacher invited has no groups yet", () => {
  it("says so on the invitation form and on the staff list after inviting, with a link to the groups", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    await expectPage(await leader.get("/organisation/staff/invite"), [hint]);
    const invited = await leader.post("/organisation/staff/invite", {
      name: "Juf Nieuw",
      email: "nieuw@school.example",
      roles: "teacher",
    });
    expect(invited.status).toBe(303);
    const html = await expectPage(await leader.get(invited.headers.get("location")!), [
      "De uitnodiging is verstuurd.",
      hint,
    ]);
    expect(html).toContain('<a href="/organisation/groups">');
    await expectPage(await leader.get("/organisation/staff", { "accept-language": "en" }), [
      "A teacher sees pupils and conversation rounds only once you add them to a group",
    ]);
  });
});
