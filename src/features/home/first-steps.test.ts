import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { brinCode, createSchool, createUser } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { withOrg } from "../../db/client.js";
import { groupStaff, memberships } from "../../db/schema/index.js";
import { createOrganisation } from "../organisation/organisations.js";
import { startTrajectoryAs } from "../trajectory/testing/fixtures.js";

const ctx = useTestContext();

/** The first-steps list of a home page: its items, each a link and whether it is done. */
function stepsOf(html: string) {
  const part = html.split('id="first-steps-title"')[1]?.split("</section>")[0] ?? "";
  return [...part.matchAll(/<li( class="done")?>.*?<a href="([^"]+)"/g)].map((m) => [m[2], m[1] ? "done" : "todo"]);
}

/** The school's groups all taught: the factory leaves group B without a teacher. */
const teachGroupB = (school: School) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.insert(groupStaff).values({ orgId: school.orgId, groupId: school.groupB.id, userId: school.teacher.id }),
  );

describe("the first steps of a new organisation", () => {
  it("lists what a new school's leader does first, each a link, and marks what is done", async () => {
    const db = ctx.database.db;
    const org = await createOrganisation({ db, name: "Nieuwe School", type: "primary", registrationCode: brinCode() });
    const leader = await createUser(db);
    await withOrg(db, { orgId: org.id, userId: null }, (tx) =>
      tx.insert(memberships).values({ orgId: org.id, userId: leader.id, role: "school_leader" }),
    );
    const fresh = await signIn(ctx, leader.email);
    const html = await expectPage(await fresh.get("/home"), ["Eerste stappen"]);
    expect(stepsOf(html)).toEqual([
      ["/organisation/import", "todo"],
      ["/organisation/staff", "todo"],
      ["/organisation/groups", "todo"],
      ["/trajectory", "todo"],
    ]);
    await expectPage(await fresh.get("/organisation/pupils"), ['href="/organisation/import"']);
    await expectPage(await fresh.get("/home", { "accept-language": "en" }), ["First steps"]);
  });

  it("marks pupils and team done from real data, and the groups once every group has a teacher", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    expect(stepsOf(await (await leader.get("/home")).text())).toEqual([
      ["/organisation/import", "done"],
      ["/organisation/staff", "done"],
      ["/organisation/groups", "todo"],
      ["/trajectory", "todo"],
    ]);
    await teachGroupB(school);
    expect(stepsOf(await (await leader.get("/home")).text())[2]).toEqual(["/organisation/groups", "done"]);
  });

  it("marks each step done on its own, in any order, and drops the whole list once every step is done", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    await startTrajectoryAs(leader);
    const html = await expectPage(await leader.get("/home"), ["Eerste stappen"]);
    expect(stepsOf(html).map(([, state]) => state)).toEqual(["done", "done", "todo", "done"]);
    await teachGroupB(school);
    for (const locale of ["nl", "en"]) {
      const done = await expectPage(await leader.get("/home", { "accept-language": locale }));
      expect(done).not.toContain('id="first-steps-title"');
      expect(done).not.toMatch(/Eerste stappen|First steps/);
    }
  });
});
