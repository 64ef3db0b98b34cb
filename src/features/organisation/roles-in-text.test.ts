/**
 * Role names inside a sentence read in lower case ("nodigt u uit als coördinator
 * ouderbetrokkenheid"): the invitation mail, the home page's invitation line, the invitations page
 * and "Uw rollen hier"; in a table cell they keep their capital.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../tests/helpers/factories.js";
import { invitationsIn } from "./testing/roles.js";

const ctx = useTestContext();

describe("role names in running text", () => {
  it("are lower case in sentences and capitalised in the staff table, in Dutch and English", async () => {
    const a = await createSchool(ctx.database.db, { name: `Aschool ${unique()}` });
    const b = await createSchool(ctx.database.db, { name: `Bschool ${unique()}` });
    const leaderB = await signIn(ctx, b.leader.email);
    const invited = await leaderB.post("/organisation/staff/invite", {
      name: "Typed By B",
      email: a.teacher.email,
      roles: ["coordinator", "mentor"],
    });
    expect(invited.status).toBe(303);
    const mail = await lastMailTo(ctx, a.teacher.email);
    expect(mail?.text).toContain(`${b.org.name} nodigt u uit in Samen, als coördinator ouderbetrokkenheid, mentor.`);
    // A table cell is no sentence: the name keeps its capital there.
    expect(await (await leaderB.get("/organisation/staff")).text()).toContain(
      ">Coördinator ouderbetrokkenheid, Mentor</td>",
    );

    const teacher = await signIn(ctx, a.teacher.email);
    expect(await (await teacher.get("/home")).text()).toContain(
      `${b.org.name} nodigt u uit als coördinator ouderbetrokkenheid, mentor: aanvaarden of afwijzen`,
    );
    expect(await (await teacher.get("/invitations")).text()).toContain(
      `${b.org.name} nodigt u uit als coördinator ouderbetrokkenheid, mentor.`,
    );
    const english = await signIn(ctx, a.teacher.email, new TestClient(ctx.app, { "accept-language": "en" }));
    expect(await (await english.get("/invitations")).text()).toContain(
      `${b.org.name} invites you as parent involvement coordinator, mentor.`,
    );

    const [invitation] = await invitationsIn(ctx.database.db, b.orgId);
    expect((await teacher.post(`/invitations/${invitation!.id}/accept`)).status).toBe(303);
    expect(await (await teacher.get("/home")).text()).toContain(
      "Uw rollen hier: coördinator ouderbetrokkenheid, mentor",
    );
  });
});
