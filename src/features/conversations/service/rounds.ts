/** Creating conversation rounds and listing them for staff. */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import {
  conversationRoundGroups,
  conversationRounds,
  groupStaff,
  groups,
  schoolYears,
} from "../../../db/schema/index.js";
import { ForbiddenError } from "../../../web/errors.js";
import { InputError } from "../../../web/input-error.js";
import type { RoundForm } from "../schemas.js";
import { findRound, inOrg, type Round, type ServiceScope } from "./scope.js";

/** Staff see every round when they manage the organisation, otherwise the rounds of their groups. */
export type StaffAccess = "manage" | "own-groups";

export interface GroupChoice {
  id: string;
  name: string;
  schoolYear: string;
}

/** The groups of school years that are not archived, for the round form. */
export function listGroupChoices(scope: ServiceScope): Promise<GroupChoice[]> {
  return inOrg(scope, (tx) =>
    tx
      .select({ id: groups.id, name: groups.name, schoolYear: schoolYears.name })
      .from(groups)
      .innerJoin(schoolYears, and(eq(schoolYears.orgId, groups.orgId), eq(schoolYears.id, groups.schoolYearId)))
      .where(and(eq(groups.orgId, scope.orgId), isNull(schoolYears.archivedAt)))
      .orderBy(asc(schoolYears.name), asc(groups.name)),
  );
}

/** Creates a round for chosen groups of the current school years. */
export function createRound(options: ServiceScope & { form: RoundForm }): Promise<Round> {
  const { orgId, form } = options;
  return inOrg(options, async (tx) => {
    const groupIds = [...new Set(form.groupIds)];
    const found = await tx
      .select({ id: groups.id })
      .from(groups)
      .innerJoin(schoolYears, and(eq(schoolYears.orgId, groups.orgId), eq(schoolYears.id, groups.schoolYearId)))
      .where(and(eq(groups.orgId, orgId), inArray(groups.id, groupIds), isNull(schoolYears.archivedAt)));
    if (found.length !== groupIds.length) throw new InputError("groupIds", "conversations.form.error.noGroups");
    const [round] = await tx
      .insert(conversationRounds)
      .values({
        orgId,
        name: form.name,
        kind: form.kind,
        mode: form.mode,
        slotSettings: form.slotSettings,
        bufferMinutes: form.bufferMinutes,
        toleranceMinutes: form.toleranceMinutes,
        opensAt: form.opensAt,
        closesAt: form.closesAt,
        changeDeadline: form.changeDeadline,
        separateGuardianBookings: form.separateGuardianBookings,
        ...(form.reminderHours === undefined ? {} : { reminderHours: form.reminderHours }),
        createdBy: options.userId,
      })
      .returning();
    if (!round) throw new Error("round not created");
    await tx.insert(conversationRoundGroups).values(groupIds.map((groupId) => ({ orgId, roundId: round.id, groupId })));
    return round;
  });
}

/** The rounds a staff member may see, newest first. */
export function listStaffRounds(scope: ServiceScope & { access: StaffAccess }): Promise<Round[]> {
  return inOrg(scope, (tx) =>
    tx
      .select()
      .from(conversationRounds)
      .where(
        and(
          eq(conversationRounds.orgId, scope.orgId),
          scope.access === "manage" ? undefined : sql`exists (${ownGroupOfRound(tx, scope, conversationRounds.id)})`,
        ),
      )
      .orderBy(desc(conversationRounds.opensAt)),
  );
}

/** A group of the round that the user teaches. */
function ownGroupOfRound(tx: Tx, scope: ServiceScope, roundId: string | typeof conversationRounds.id) {
  return tx
    .select({ one: sql`1` })
    .from(conversationRoundGroups)
    .innerJoin(
      groupStaff,
      and(eq(groupStaff.orgId, conversationRoundGroups.orgId), eq(groupStaff.groupId, conversationRoundGroups.groupId)),
    )
    .where(
      and(
        eq(conversationRoundGroups.orgId, scope.orgId),
        eq(conversationRoundGroups.roundId, roundId),
        eq(groupStaff.userId, scope.userId),
      ),
    );
}

/** The round, for a staff member who teaches one of its groups (managers who do not teach get 403). */
export async function teacherRound(tx: Tx, scope: ServiceScope, roundId: string): Promise<Round> {
  return staffRound(tx, { ...scope, access: "own-groups" }, roundId);
}

/** The round for a staff member: managers always, teachers only when they teach one of its groups. */
export async function staffRound(tx: Tx, scope: ServiceScope & { access: StaffAccess }, roundId: string) {
  const round = await findRound(tx, scope.orgId, roundId);
  if (scope.access === "manage") return round;
  const [own] = await ownGroupOfRound(tx, scope, round.id).limit(1);
  if (!own) throw new ForbiddenError("not a teacher of this round");
  return round;
}
