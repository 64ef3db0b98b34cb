import { beforeAll, describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";

let school: Awaited<ReturnType<typeof createSchool>>;
const ctx = useTestContext();
beforeAll(async () => {
  school = await createSchool(ctx.database.db);
});

function routes() {
  const { groupA, child, guardian, year } = school;
  const reads = [
    "/organisation/groups",
    `/organisation/groups/${groupA.id}`,
    "/organisation/school-years",
    `/organisation/school-years/${year.id}/archive`,
    "/organisation/pupils",
    "/organisation/pupils/new",
    `/organisation/pupils/${child.id}`,
    `/organisation/pupils/${child.id}/edit`,
    `/organisation/pupils/${child.id}/archive`,
    "/organisation/guardians",
    "/organisation/guardians/new",
    `/organisation/guardians/${guardian.id}`,
    `/organisation/guardians/${guardian.id}/edit`,
    "/organisation/audit",
  ];
  const writes = [
    "/organisation/groups",
    `/organisation/groups/${groupA.id}/rename`,
    `/organisation/groups/${groupA.id}/staff`,
    `/organisation/groups/${groupA.id}/staff/remove`,
    `/organisation/groups/${groupA.id}/move-up`,
    "/organisation/school-years",
    `/organisation/school-years/${year.id}/archive`,
    "/organisation/pupils",
    `/organisation/pupils/${child.id}/edit`,
    `/organisation/pupils/${child.id}/move`,
    `/organisation/pupils/${child.id}/archive`,
    `/organisation/pupils/${child.id}/guardians`,
    `/organisation/pupils/${child.id}/guardians/${guardian.id}/unlink`,
    "/organisation/guardians",
    `/organisation/guardians/${guardian.id}/edit`,
    `/organisation/guardians/${guardian.id}/invite`,
  ];
  return { reads, writes };
}

describe("who reaches pupil administration", () => {
  it("refuses a parent every page and every action with 403", async () => {
    const parent = await signIn(ctx, school.parent.email);
    const { reads, writes } = routes();
    for (const path of reads) expect([path, (await parent.get(path)).status]).toEqual([path, 403]);
    for (const path of writes) expect([path, (await parent.post(path, { name: "x" })).status]).toEqual([path, 403]);
    expect(await (await parent.get("/home")).text()).toContain("Kind Eigen");
  });

  it("sends someone who is not signed in to the sign-in page", async () => {
    const anonymous = new TestClient(ctx.app);
    for (const path of routes().reads) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toContain("/sign-in");
    }
  });

  it("refuses a teacher every change with 403", async () => {
    const teacher = await signIn(ctx, school.teacher.email);
    for (const path of routes().writes) {
      expect([path, (await teacher.post(path, { name: "x" })).status]).toEqual([path, 403]);
    }
  });

  it("treats a malformed id as a page that does not exist", async () => {
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.get("/organisation/pupils/not-an-id")).status).toBe(404);
    expect((await leader.get("/organisation/groups/123")).status).toBe(404);
  });
});
