/** Creating conversation rounds and listing them for staff. */
import { and, desc, eq, sql } from "drizzle-orm";
import { anyOf, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationRoundGroups, conversationRounds } from "../../../db/schema/index.js";
import { ForbiddenError } from "../../../web/errors.js";
import { InputError } from "../../../web/input-error.js";
import { areCurrentGroups, currentGroups, groupIdsOfTeacher, type CurrentGroup } from "../../pupils/index.js";
import type { RoundForm } from "../schemas.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { findRound, type Round } from "./find-round.js";

/** Staff see every round when they manage the organisation, otherwise the rounds of their groups. */
export type StaffAccess = "manage" | "own-groups";

export type GroupChoice = Pick<CurrentGroup, "id" | "name" | "schoolYear">;

/** The groups of school years that are not archived, for the round form. */
export function listGroupChoices(scope: ViewerScope): Promise<GroupChoice[]> {
  return inOrg(scope, (tx) => currentGroups(tx, scope.orgId));
}

/** Creates a round for chosen groups of the current school years. */
export function createRound(options: ViewerScope & { form: RoundForm }): Promise<Round> {
  const { orgId, form } = options;
  return inOrg(options, async (tx) => {
    const groupIds = [...new Set(form.groupIds)];
    if (!(await areCurrentGroups(tx, orgId, groupIds)))
      throw new InputError("groupIds", "conversations.form.error.noGroups");
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
export function listStaffRounds(scope: ViewerScope & { access: StaffAccess }): Promise<Round[]> {
  return inOrg(scope, async (tx) => {
    const taught = scope.access === "manage" ? [] : await groupIdsOfTeacher(tx, scope.orgId, scope.userId);
    return tx
      .select()
      .from(conversationRounds)
      .where(
        and(
          eq(conversationRounds.orgId, scope.orgId),
          scope.access === "manage"
            ? undefined
            : sql`exists (${ownGroupOfRound(tx, scope, conversationRounds.id, taught)})`,
        ),
      )
      .orderBy(desc(conversationRounds.opensAt), desc(conversationRounds.id));
  });
}

/** A group of the round among the groups the user teaches. */
function ownGroupOfRound(
  tx: Tx,
  scope: ViewerScope,
  roundId: string | typeof conversationRounds.id,
  taught: readonly string[],
) {
  return tx
    .select({ one: sql`1` })
    .from(conversationRoundGroups)
    .where(ofOrg(conversationRoundGroups, scope.orgId, { roundId }, anyOf(conversationRoundGroups.groupId, taught)));
}

/** The round, for a staff member who teaches one of its groups (managers who do not teach get 403). */
export async function teacherRound(tx: Tx, scope: ViewerScope, roundId: string): Promise<Round> {
  return staffRound(tx, { ...scope, access: "own-groups" }, roundId);
}

/** The round for a staff member: managers always, teachers only when they teach one of its groups. */
export async function staffRound(tx: Tx, scope: ViewerScope & { access: StaffAccess }, roundId: string) {
  const round = await findRound(tx, scope.orgId, roundId);
  if (scope.access === "manage") return round;
  const taught = await groupIdsOfTeacher(tx, scope.orgId, scope.userId);
  const [own] = await ownGroupOfRound(tx, scope, round.id, taught).limit(1);
  if (!own) throw new ForbiddenError("not a teacher of this round");
  return round;
}
