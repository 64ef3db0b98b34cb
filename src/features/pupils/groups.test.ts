import { describe, expect, it } from "vitest";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { and, eq } from "drizzle-orm";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { groupStaff, groups, memberships } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

describe("groups", () => {
  it("lets a leader create a group, see it with its teachers, rename it and assign staff", async () => {
    const { school, leader } = await leaderSignedIn(ctx);

    const list = await leader.get("/organisation/groups");
    await expectPage(list, ["Groep A", "Leraar"]);

    const created = await leader.post("/organisation/groups", { name: "Groep 8", schoolYearId: school.year.id });
    expect(created.status).toBe(303);
    const groupUrl = created.headers.get("location")!;
    expect(groupUrl).toMatch(/^\/organisation\/groups\/[0-9a-f-]{36}$/);
    const page = await leader.get(groupUrl);
    expect(await page.text()).toContain("De groep is gemaakt.");

    const renamed = await leader.post(`${groupUrl}/rename`, { name: "Groep 8b" });
    expect(renamed.status).toBe(303);
    const assigned = await leader.post(`${groupUrl}/staff`, { staffUserId: school.teacher.id });
    expect(assigned.status).toBe(303);
    const after = await (await leader.get(groupUrl)).text();
    expect(after).toContain("<h1>Groep 8b</h1>");
    expect(after).toContain("Leraar: Leraar");

    const groupId = groupUrl.split("/").pop()!;
    const removed = await leader.post(`${groupUrl}/staff/remove`, { staffUserId: school.teacher.id });
    expect(removed.status).toBe(303);
    const staff = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(groupStaff)
        .where(and(eq(groupStaff.orgId, school.orgId), eq(groupStaff.groupId, groupId))),
    );
    expect(staff).toHaveLength(0);
  });

  it("refuses a duplicate name in the same school year with a message, and creates nothing", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await expectRefused(await leader.post("/organisation/groups", { name: "Groep A", schoolYearId: school.year.id }), [
      "Er is al een groep met deze naam in dit schooljaar.",
    ]);
    const rows = await orgRows(ctx.database.db, groups, school.orgId);
    expect(rows).toHaveLength(2);

    await expectRefused(await leader.post("/organisation/groups", { name: "", schoolYearId: school.year.id }), [
      "Vul dit veld in.",
    ]);
  });

  it("only assigns teachers and mentors of the organisation", async () => {
    const school = await createSchool(ctx.database.db);
    const stranger = await createUser(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    await expectRefused(
      await leader.post(`/organisation/groups/${school.groupA.id}/staff`, { staffUserId: stranger.id }),
      ["Kies een leraar of mentor van deze school."],
    );
  });

  it("shows a teacher their own group read-only, and hides other groups and the management pages", async () => {
    const school = await createSchool(ctx.database.db);
    const teacher = await signIn(ctx, school.teacher.email);

    const own = await teacher.get(`/organisation/groups/${school.groupA.id}`);
    const html = await expectPage(own, ["Kind Eigen"]);
    expect(html).not.toContain("Groep hernoemen");

    expect((await teacher.get(`/organisation/groups/${school.groupB.id}`)).status).toBe(404);
    expect((await teacher.get("/organisation/groups/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await teacher.get("/organisation/groups")).status).toBe(403);
    const create = await teacher.post("/organisation/groups", { name: "Stiekem", schoolYearId: school.year.id });
    expect(create.status).toBe(403);
    expect((await teacher.post(`/organisation/groups/${school.groupA.id}/rename`, { name: "X" })).status).toBe(403);
  });

  it("lets a mentor be assigned, and a coordinator manage groups", async () => {
    const school = await createSchool(ctx.database.db);
    const mentor = await createUser(ctx.database.db, { name: "Mentor Mo" });
    const coordinator = await createUser(ctx.database.db);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(memberships).values([
        { orgId: school.orgId, userId: mentor.id, role: "mentor" },
        { orgId: school.orgId, userId: coordinator.id, role: "coordinator" },
      ]),
    );
    const client = await signIn(ctx, coordinator.email);
    const response = await client.post(`/organisation/groups/${school.groupB.id}/staff`, { staffUserId: mentor.id });
    expect(response.status).toBe(303);
    const mentorClient = await signIn(ctx, mentor.email);
    expect((await mentorClient.get(`/organisation/groups/${school.groupB.id}`)).status).toBe(200);
  });
});
