/**
 * Helpers for the messages' tests: a school with a second teacher of the child's group, a teacher
 * of the other group, a second guardian of the child in another household and a parent of
 * another child, all with accounts; and the school's settings without quiet hours, so that tests
 * over the pages (which run at whatever hour) deliver at once.
 */
import { eq } from "drizzle-orm";
import type { TestContext } from "../../../../tests/helpers/app.js";
import { createUser, unique } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import {
  groupStaff,
  guardians,
  memberships,
  messagePosts,
  messageSettings,
  messageThreads,
  pupilGuardians,
} from "../../../db/schema/index.js";

export async function withPeople(ctx: TestContext, school: School) {
  const db = ctx.database.db;
  const colleague = await createUser(db, { name: "Meester Twee", email: `twee-${unique()}@example.nl` });
  const otherTeacher = await createUser(db, { name: "Juf Ander", email: `ander-${unique()}@example.nl` });
  const coordinator = await createUser(db, { name: "Coördinator", email: `coord-${unique()}@example.nl` });
  const secondHome = await createUser(db, { name: "Vader Elders", email: `elders-${unique()}@example.nl` });
  const otherParent = await createUser(db, { name: "Andere Ouder", email: `andere-${unique()}@example.nl` });
  await withOrg(db, { orgId: school.orgId, userId: null }, async (tx) => {
    const orgId = school.orgId;
    await tx.insert(memberships).values([
      { orgId, userId: colleague.id, role: "teacher" },
      { orgId, userId: otherTeacher.id, role: "teacher" },
      { orgId, userId: coordinator.id, role: "coordinator" },
    ]);
    await tx.insert(groupStaff).values([
      { orgId, groupId: school.groupA.id, userId: colleague.id },
      { orgId, groupId: school.groupB.id, userId: otherTeacher.id },
    ]);
    const [elders] = await tx
      .insert(guardians)
      .values({ orgId, userId: secondHome.id, name: "Vader Elders", email: secondHome.email })
      .returning();
    await tx.insert(pupilGuardians).values({ orgId, pupilId: school.child.id, guardianId: elders!.id });
    await tx
      .update(guardians)
      .set({ userId: otherParent.id, email: otherParent.email })
      .where(eq(guardians.id, school.otherGuardian.id));
  });
  return { colleague, otherTeacher, coordinator, secondHome, otherParent };
}

/** No quiet hours at all: what is written is delivered at once. */
export function withoutQuietHours(ctx: TestContext, school: School) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx
      .insert(messageSettings)
      .values({ orgId: school.orgId, quietFrom: "00:00", quietUntil: "00:00", quietWeekends: false })
      .onConflictDoUpdate({
        target: messageSettings.orgId,
        set: { quietFrom: "00:00", quietUntil: "00:00", quietWeekends: false },
      }),
  );
}

export function storedMessages(ctx: TestContext, school: School) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
    threads: await tx.select().from(messageThreads).where(eq(messageThreads.orgId, school.orgId)),
    posts: await tx.select().from(messagePosts).where(eq(messagePosts.orgId, school.orgId)),
  }));
}
