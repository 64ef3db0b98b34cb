/**
 * A parent's children in a round: the pupils they are a guardian of whose group takes part,
 * with the guardian record that books for them and the teachers they can book with (staff of
 * the child's group who have slots in the round).
 */
import { and, asc, eq, exists, isNull, sql } from "drizzle-orm";
import { anyOf, type Tx } from "../../../db/client.js";
import {
  conversationRoundGroups,
  conversationSlots,
  groupStaff,
  groups,
  guardians,
  pupilGuardians,
  pupils,
  users,
} from "../../../db/schema/index.js";
import { fullName } from "../../../lib/names.js";

export interface RoundChild {
  pupilId: string;
  firstName: string;
  name: string;
  groupId: string;
  groupName: string;
  /** The parent's own guardian record for this child. */
  guardianId: string;
  teachers: { id: string; name: string }[];
}

/** The children of the signed-in parent in this round, by first name. */
export async function myChildrenInRound(
  tx: Tx,
  scope: { orgId: string; userId: string },
  roundId: string,
): Promise<RoundChild[]> {
  const rows = await tx
    .select({
      pupilId: pupils.id,
      firstName: pupils.firstName,
      surnamePrefix: pupils.surnamePrefix,
      surname: pupils.surname,
      groupId: groups.id,
      groupName: groups.name,
      guardianId: guardians.id,
    })
    .from(pupils)
    .innerJoin(pupilGuardians, and(eq(pupilGuardians.orgId, pupils.orgId), eq(pupilGuardians.pupilId, pupils.id)))
    .innerJoin(guardians, and(eq(guardians.orgId, pupilGuardians.orgId), eq(guardians.id, pupilGuardians.guardianId)))
    .innerJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
    .innerJoin(
      conversationRoundGroups,
      and(
        eq(conversationRoundGroups.orgId, pupils.orgId),
        eq(conversationRoundGroups.groupId, groups.id),
        eq(conversationRoundGroups.roundId, roundId),
      ),
    )
    .where(and(eq(pupils.orgId, scope.orgId), eq(guardians.userId, scope.userId), isNull(pupils.archivedAt)))
    .orderBy(asc(pupils.firstName), asc(pupils.id), asc(guardians.id))
    // Every page and action of a parent in a round reads this; planning the five-table join
    // cost PostgreSQL more than running it, so it is prepared (see preparedStatement).
    .prepare("round_children")
    .execute();
  const teachers = await roundTeachersOf(
    tx,
    scope.orgId,
    roundId,
    rows.map((r) => r.groupId),
  );
  const children = new Map<string, RoundChild>();
  for (const row of rows) {
    if (children.has(row.pupilId)) continue;
    children.set(row.pupilId, {
      pupilId: row.pupilId,
      firstName: row.firstName,
      name: fullName(row),
      groupId: row.groupId,
      groupName: row.groupName,
      guardianId: row.guardianId,
      teachers: teachers.get(row.groupId) ?? [],
    });
  }
  return [...children.values()];
}

/** Per group, its staff who have slots in the round. */
export async function roundTeachersOf(tx: Tx, orgId: string, roundId: string, groupIds: string[]) {
  const map = new Map<string, { id: string; name: string }[]>();
  if (groupIds.length === 0) return map;
  const hasSlots = tx
    .select({ one: sql`1` })
    .from(conversationSlots)
    .where(
      and(
        eq(conversationSlots.orgId, groupStaff.orgId),
        eq(conversationSlots.roundId, roundId),
        eq(conversationSlots.teacherId, groupStaff.userId),
      ),
    );
  // exists, not a join: a teacher has thirty slots, and one is enough.
  const rows = await tx
    .select({ groupId: groupStaff.groupId, id: users.id, name: users.name })
    .from(groupStaff)
    .innerJoin(users, eq(users.id, groupStaff.userId))
    .where(and(eq(groupStaff.orgId, orgId), anyOf(groupStaff.groupId, groupIds), exists(hasSlots)))
    .orderBy(asc(users.name), asc(users.id))
    .prepare("round_teachers")
    .execute();
  for (const row of rows) map.set(row.groupId, [...(map.get(row.groupId) ?? []), { id: row.id, name: row.name }]);
  return map;
}
