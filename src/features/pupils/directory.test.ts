import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { withOrg, type Tx } from "../../db/client.js";
import { guardians, pupilGuardians, pupils } from "../../db/schema/index.js";
import {
  childrenOfUser,
  childrenWithGuardians,
  childrenWithTeachersOfGuardian,
  currentSchoolYear,
  groupIdsOfTeacher,
  groupNameOf,
  groupNames,
  guardianIdsOfUser,
  guardianLinks,
  guardiansById,
  guardiansWithEmail,
  hasGroupsAt,
  numberedPupils,
  pupilsOfGroups,
  removeFromAllGroups,
} from "./index.js";

const ctx = useTestContext();

type School = Awaited<ReturnType<typeof createSchool>>;
const inSchool = <T>(school: School, fn: (tx: Tx) => Promise<T>) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, fn);

/** A second guardian for the school's child, living apart with their own address. */
async function secondHousehold(school: School) {
  return inSchool(school, async (tx) => {
    const [apart] = await tx
      .insert(guardians)
      .values({ orgId: school.orgId, name: "Aa Apart", email: `apart-${school.orgId}@example.nl` })
      .returning();
    await tx.insert(pupilGuardians).values({ orgId: school.orgId, pupilId: school.child.id, guardianId: apart!.id });
    return apart!;
  });
}

describe("the school directory", () => {
  it("names children with their group and every guardian, both households, in list order", async () => {
    const school = await createSchool(ctx.database.db);
    const apart = await secondHousehold(school);
    const children = await inSchool(school, (tx) =>
      childrenWithGuardians(tx, school.orgId, [school.other.id, school.child.id]),
    );
    expect(children.map((c) => [c.name, c.groupName])).toEqual([
      ["Kind Eigen", "Groep A"],
      ["Ander Kind", "Groep B"],
    ]);
    expect(children[0]!.guardians.map((g) => [g.name, g.email, g.userId])).toEqual([
      ["Aa Apart", apart.email, null],
      ["Ouder", school.parent.email, school.parent.id],
    ]);
    expect(await inSchool(school, (tx) => childrenWithGuardians(tx, school.orgId, []))).toEqual([]);
  });

  it("lists the pupils of groups, leaving out archived ones", async () => {
    const school = await createSchool(ctx.database.db);
    await inSchool(school, (tx) =>
      tx
        .update(pupils)
        .set({ archivedAt: new Date() })
        .where(sql`id = ${school.other.id}`),
    );
    const all = await inSchool(school, (tx) => pupilsOfGroups(tx, school.orgId, "all"));
    expect(all.map((p) => p.pupilId)).toEqual([school.child.id]);
    expect(await inSchool(school, (tx) => pupilsOfGroups(tx, school.orgId, [school.groupB.id]))).toEqual([]);
    const [archived] = await inSchool(school, (tx) => childrenWithGuardians(tx, school.orgId, [school.other.id]));
    expect(archived?.archived).toBe(true);
  });

  it("gives a parent their children with their guardian record and the group's teachers", async () => {
    const school = await createSchool(ctx.database.db);
    const family = await inSchool(school, (tx) => childrenWithTeachersOfGuardian(tx, school.orgId, school.parent.id));
    expect(family).toEqual([
      {
        pupilId: school.child.id,
        firstName: "Kind",
        name: "Kind Eigen",
        groupId: school.groupA.id,
        groupName: "Groep A",
        guardianId: school.guardian.id,
        teachers: [{ id: school.teacher.id, name: "Leraar" }],
      },
    ]);
    const known = await inSchool(school, (tx) => childrenOfUser(tx, school.orgId, school.teacher.id));
    expect(known).toEqual({ asGuardian: [], asTeacher: [school.child.id] });
    expect(await inSchool(school, (tx) => guardianIdsOfUser(tx, school.orgId, school.parent.id))).toEqual([
      school.guardian.id,
    ]);
  });

  it("answers about groups and their teachers, and takes a teacher off every group", async () => {
    const school = await createSchool(ctx.database.db);
    const ids = [school.groupB.id, school.groupA.id];
    expect(await inSchool(school, (tx) => groupNames(tx, school.orgId, ids))).toEqual([
      { id: school.groupA.id, name: "Groep A" },
      { id: school.groupB.id, name: "Groep B" },
    ]);
    const named = await inSchool(school, (tx) =>
      tx
        .select({ name: groupNameOf(pupils.orgId, pupils.groupId) })
        .from(pupils)
        .where(sql`id = ${school.other.id}`),
    );
    expect(named).toEqual([{ name: "Groep B" }]);
    expect(await inSchool(school, (tx) => hasGroupsAt(tx, school.orgId, school.groupA.id))).toBe(false);
    expect(await inSchool(school, (tx) => groupIdsOfTeacher(tx, school.orgId, school.teacher.id))).toEqual([
      school.groupA.id,
    ]);
    await inSchool(school, (tx) => removeFromAllGroups(tx, school.orgId, school.teacher.id));
    expect(await inSchool(school, (tx) => groupIdsOfTeacher(tx, school.orgId, school.teacher.id))).toEqual([]);
  });

  it("gives guardians by id with their account's language, and the register the import compares with", async () => {
    const school = await createSchool(ctx.database.db);
    const stranger = await createUser(ctx.database.db);
    await ctx.database.db.execute(sql`update users set locale = 'en' where id = ${school.parent.id}`);
    const found = await inSchool(school, (tx) =>
      guardiansById(tx, school.orgId, [school.otherGuardian.id, school.guardian.id, stranger.id]),
    );
    expect(found.map((g) => [g.name, g.locale])).toEqual([
      ["Andere Ouder", null],
      ["Ouder", "en"],
    ]);
    const register = await inSchool(school, async (tx) => ({
      year: await currentSchoolYear(tx, school.orgId),
      pupils: await numberedPupils(tx, school.orgId),
      guardians: await guardiansWithEmail(tx, school.orgId),
      links: await guardianLinks(tx, school.orgId),
    }));
    expect(register.year).toEqual({ id: school.year.id, name: "2026-2027" });
    expect(register.pupils.map((p) => [p.pupilNumber, p.groupName, p.yearName]).sort()).toEqual(
      [
        [school.child.pupilNumber, "Groep A", "2026-2027"],
        [school.other.pupilNumber, "Groep B", "2026-2027"],
      ].sort(),
    );
    expect(register.guardians).toHaveLength(2);
    expect(register.links).toHaveLength(2);
  });
});
