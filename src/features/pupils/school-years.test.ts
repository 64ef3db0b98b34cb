import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { pupils, schoolYears } from "../../db/schema/index.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const idFrom = (response: Response) => response.headers.get("location")!.split("/").pop()!;

function rows(orgId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => ({
    years: await tx.select().from(schoolYears).where(eq(schoolYears.orgId, orgId)),
    pupils: await tx.select().from(pupils).where(eq(pupils.orgId, orgId)),
  }));
}

describe("school years", () => {
  it("creates a school year and refuses bad names, a taken name and an end before the start", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const created = await leader.post("/organisation/school-years", {
      name: "2027-2028",
      startsOn: "2027-08-23",
      endsOn: "2028-07-14",
    });
    expect(created.status).toBe(303);
    expect(await (await leader.get("/organisation/school-years")).text()).toContain("2027-2028");

    await expectRefused(
      await leader.post("/organisation/school-years", {
        name: "volgend jaar",
        startsOn: "2028-08-01",
        endsOn: "2028-07-01",
      }),
      ["Gebruik twee jaartallen achter elkaar, zoals 2027-2028.", "De laatste dag moet na de eerste dag liggen."],
    );

    await expectRefused(
      await leader.post("/organisation/school-years", {
        name: "2026-2027",
        startsOn: "2026-08-24",
        endsOn: "2027-07-16",
      }),
      ["Dit schooljaar bestaat al."],
    );
    expect((await rows(school.orgId)).years).toHaveLength(2);
  });

  it("moves a whole group up to the new year, then archives the old year and the pupils left behind", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await leader.post("/organisation/school-years", {
      name: "2027-2028",
      startsOn: "2027-08-23",
      endsOn: "2028-07-14",
    });
    const newYear = (await rows(school.orgId)).years.find((y) => y.name === "2027-2028")!;
    const groupNext = idFrom(await leader.post("/organisation/groups", { name: "Groep A", schoolYearId: newYear.id }));

    await expectRefused(
      await leader.post(`/organisation/groups/${school.groupA.id}/move-up`, {
        groupId: school.groupB.id,
      }),
      ["Kies een groep van een ander schooljaar."],
    );

    const moved = await leader.post(`/organisation/groups/${school.groupA.id}/move-up`, { groupId: groupNext });
    expect(moved.status).toBe(303);
    expect((await rows(school.orgId)).pupils.find((p) => p.id === school.child.id)?.groupId).toBe(groupNext);

    const confirm = await (await leader.get(`/organisation/school-years/${school.year.id}/archive`)).text();
    expect(confirm).toContain("Aantal leerlingen dat wordt gearchiveerd: 1.");
    expect(confirm).toContain("Groep B");

    const archived = await leader.post(`/organisation/school-years/${school.year.id}/archive`);
    expect(archived.status).toBe(303);
    const after = await rows(school.orgId);
    expect(after.years.find((y) => y.id === school.year.id)?.archivedAt).not.toBeNull();
    expect(after.pupils.find((p) => p.id === school.other.id)?.archivedAt).not.toBeNull();
    expect(after.pupils.find((p) => p.id === school.child.id)?.archivedAt).toBeNull();

    const groups = await (await leader.get("/organisation/groups")).text();
    expect(groups).toContain("2027-2028");
    expect(groups).not.toContain("2026-2027");
    const list = await (await leader.get("/organisation/pupils")).text();
    expect(list).toContain("Kind Eigen");
    expect(list).not.toContain("Ander Kind");

    // The teacher's old group is gone from their view; archiving twice is not possible.
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.get(`/organisation/groups/${school.groupA.id}`)).status).toBe(404);
    expect((await leader.post(`/organisation/school-years/${school.year.id}/archive`)).status).toBe(404);
  });

  it("refuses new groups and pupils in an archived year", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await leader.post(`/organisation/school-years/${school.year.id}/archive`);
    const group = await leader.post("/organisation/groups", { name: "Te laat", schoolYearId: school.year.id });
    expect(group.status).toBe(422);
    await expectRefused(
      await leader.post("/organisation/pupils", {
        firstName: "Late",
        surnamePrefix: "",
        surname: "Leerling",
        dateOfBirth: "",
        pupilNumber: "",
        groupId: school.groupA.id,
      }),
      ["Kies een groep van een schooljaar dat nog loopt."],
    );
  });

  it("is for managers only", async () => {
    const school = await createSchool(ctx.database.db);
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.get("/organisation/school-years")).status).toBe(403);
    expect((await teacher.post(`/organisation/school-years/${school.year.id}/archive`)).status).toBe(403);
    expect((await rows(school.orgId)).years[0]?.archivedAt).toBeNull();
  });
});
