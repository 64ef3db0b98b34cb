/**
 * Invitations by e-mail, run as a background job per measurement. Both steps
 * are idempotent, because a job runs at least once: creating adds only the
 * invitations still missing, and mailing claims each unmailed invitation with
 * one UPDATE … WHERE NOT mailed, so two runs never mail anyone twice.
 */
import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences, measurementInvitations, memberships } from "../../../db/schema/index.js";
import { groupNameOf, guardiansOfGroup } from "../../pupils/index.js";

/** A hash no token has: the invitation cannot be used until its mail sets a real one. */
export function unusableTokenHash(): string {
  return `unmailed:${randomUUID()}`;
}

/** Adds the missing invitations: every team member, and every parent with e-mail of a pupil in an asked group. */
export async function createInvitations(tx: Tx, orgId: string, measurementId: string): Promise<void> {
  const audiences = await tx
    .select({
      id: measurementAudiences.id,
      group: measurementAudiences.respondentGroup,
      groupId: measurementAudiences.groupId,
    })
    .from(measurementAudiences)
    .where(ofOrg(measurementAudiences, orgId, { measurementId }))
    .orderBy(groupNameOf(measurementAudiences.orgId, measurementAudiences.groupId));
  for (const audience of audiences) {
    const base = { orgId, measurementId, audienceId: audience.id, kind: "mail" as const };
    if (audience.group === "team") {
      const team = await tx
        .selectDistinct({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), ne(memberships.role, "advisor")));
      await insertInvitations(
        tx,
        team.map((member) => ({ ...base, userId: member.userId })),
      );
    } else if (audience.group === "parents" && audience.groupId) {
      const parents = await guardiansOfGroup(tx, orgId, audience.groupId);
      // A parent with children in two asked groups is asked once, for the first group by name.
      await insertInvitations(
        tx,
        parents.map((parent) => ({ ...base, guardianId: parent.guardianId })),
      );
    }
    // Pupils have no e-mail address: they answer through their class's open link.
  }
}

type NewInvitation = Omit<typeof measurementInvitations.$inferInsert, "tokenHash">;

async function insertInvitations(tx: Tx, rows: NewInvitation[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(measurementInvitations)
    .values(rows.map((row) => ({ ...row, tokenHash: unusableTokenHash() })))
    .onConflictDoNothing();
}
