/**
 * A round as staff see it: its groups, per teacher the slots and how many are booked, and in
 * fair mode the result of the allocation with the children who could not be placed, and for
 * managers the times a teacher who left had. Teachers see the children of their own groups only.
 */
import { asc, count, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings, conversationSlots, conversationUnplaced, users } from "../../../db/schema/index.js";
import type { UnplacedReason } from "../domain/fair-allocation.js";
import { childrenWithGuardians, groupsWithoutTeacher } from "../../pupils/index.js";
import { formerTeacherSlots, type FormerSlot, type RoundTeacher } from "./former-teacher.js";
import { notBookedOf, type PupilRow } from "./not-booked.js";
import { roundGroupsFor } from "./round-groups.js";
import { staffRound, type StaffAccess } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";

export interface TeacherLoad {
  /** Both null for a teacher who deleted their account (teacherLabel). */
  teacherId: string | null;
  name: string | null;
  slots: number;
  booked: number;
}

export interface UnplacedChild {
  pupilId: string;
  name: string;
  groupName: string;
  reason: UnplacedReason;
}

export interface RoundOverview {
  round: Round;
  groups: { id: string; name: string }[];
  /** The round's groups no teacher is assigned to: nobody can enter times for their families. */
  teacherless: { id: string; name: string }[];
  teachers: TeacherLoad[];
  /** True when the viewer teaches one of the round's groups (and so sets availability). */
  teachesHere: boolean;
  /** First come: the children of the visible groups without a booking yet. */
  notBooked: PupilRow[];
  allocation: { placed: number; preferred: number; unplaced: UnplacedChild[] } | null;
  /** For who manages the round: the times a teacher who left had, and who may take them over. */
  formerTeacher: { slots: FormerSlot[]; teachers: RoundTeacher[] };
}

export function roundOverview(scope: ViewerScope & { access: StaffAccess; roundId: string }): Promise<RoundOverview> {
  return inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    const { all, own, visible } = await roundGroupsFor(tx, scope, round);
    return {
      round,
      groups: all,
      teacherless: await groupsWithoutTeacher(tx, round.orgId, all),
      teachers: await teacherLoads(tx, round),
      teachesHere: own.length > 0,
      notBooked: round.mode === "first_come" ? await notBookedOf(tx, round, visible) : [],
      allocation: round.allocatedAt ? await allocationOf(tx, round, visible) : null,
      formerTeacher: scope.access === "manage" ? await formerTeacherSlots(tx, round) : { slots: [], teachers: [] },
    };
  });
}

function teacherLoads(tx: Tx, round: Round): Promise<TeacherLoad[]> {
  return tx
    .select({
      teacherId: conversationSlots.teacherId,
      name: users.name,
      slots: count(),
      booked: count(conversationBookings.id),
    })
    .from(conversationSlots)
    .leftJoin(users, eq(users.id, conversationSlots.teacherId))
    .leftJoin(
      conversationBookings,
      ofOrg(conversationBookings, conversationSlots.orgId, { slotId: conversationSlots.id }),
    )
    .where(ofOrg(conversationSlots, round.orgId, { roundId: round.id }))
    .groupBy(conversationSlots.teacherId, users.name)
    .orderBy(asc(users.name));
}

async function allocationOf(tx: Tx, round: Round, groupIds: string[]) {
  const [totals] = await tx
    .select({
      placed: count(),
      preferred: sql<number>`count(*) filter (where exists (select 1 from conversation_preferences p where p.org_id = conversation_bookings.org_id and p.round_id = conversation_bookings.round_id and p.pupil_id = conversation_bookings.pupil_id and p.slot_id = conversation_bookings.slot_id and p.answer = 'yes'))::int`,
    })
    .from(conversationBookings)
    .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id }));
  const unplaced = groupIds.length
    ? await tx
        .select({ pupilId: conversationUnplaced.pupilId, reason: conversationUnplaced.reason })
        .from(conversationUnplaced)
        .where(ofOrg(conversationUnplaced, round.orgId, { roundId: round.id }))
    : [];
  // In the directory's list order (by group and name), the visible groups only.
  const children = await childrenWithGuardians(
    tx,
    round.orgId,
    unplaced.map((u) => u.pupilId),
  );
  return {
    placed: totals?.placed ?? 0,
    preferred: Number(totals?.preferred ?? 0),
    unplaced: children.flatMap((child) =>
      groupIds.includes(child.groupId ?? "")
        ? unplaced
            .filter((u) => u.pupilId === child.pupilId)
            .map((u) => ({
              pupilId: child.pupilId,
              name: child.name,
              groupName: child.groupName ?? "",
              reason: u.reason,
            }))
        : [],
    ),
  };
}
