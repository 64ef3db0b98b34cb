/** A test school large enough that made-up responses fill every group past the threshold. */
import { withOrg, type Db } from "../../../db/client.js";
import { guardians, memberships, pupilGuardians, pupils } from "../../../db/schema/index.js";
import { createUser, unique, type createSchool } from "../../../../tests/helpers/factories.js";

type School = Awaited<ReturnType<typeof createSchool>>;

/** Adds `teachers` teachers (`n` unless said), and `n` pupils with a parent with e-mail to each of groups A and B. */
export async function enlargeSchool(db: Db, school: School, n = 6, teachers = n): Promise<void> {
  const { orgId } = school;
  const team = await Promise.all(Array.from({ length: teachers }, (_, i) => createUser(db, { name: `Leraar ${i}` })));
  await withOrg(db, { orgId, userId: null }, async (tx) => {
    if (team.length) {
      await tx.insert(memberships).values(team.map((user) => ({ orgId, userId: user.id, role: "teacher" as const })));
    }
    for (const group of [school.groupA, school.groupB]) {
      const children = await tx
        .insert(pupils)
        .values(
          Array.from({ length: n }, (_, i) => ({
            orgId,
            pupilNumber: `P${unique()}`,
            firstName: `Kind ${i}`,
            surname: group.name,
            groupId: group.id,
            dateOfBirth: "2017-01-01",
          })),
        )
        .returning();
      const parents = await tx
        .insert(guardians)
        .values(children.map((_, i) => ({ orgId, name: `Ouder ${i}`, email: `ouder-${unique()}@example.nl` })))
        .returning();
      await tx
        .insert(pupilGuardians)
        .values(children.map((child, i) => ({ orgId, pupilId: child.id, guardianId: parents[i]!.id })));
    }
  });
}
