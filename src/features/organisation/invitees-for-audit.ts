/**
 * The people the school's trail names as invited (pupils' `auditReferences`): the name the inviter
 * typed while the invitation waits, the person's own once they are a member, nothing otherwise
 * (declined, withdrawn, expired), since the organisation never learns the account's name of someone
 * who did not accept (decision 004).
 */
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { memberships, staffInvitations, users } from "../../db/schema/index.js";
import type { AuditReferenceSource, ReferencedThings } from "../pupils/index.js";
import { unexpired } from "./invitations.js";

type Invitee = ReferencedThings["invitee"];

async function invitees(tx: Tx, orgId: string, ids: readonly string[]): Promise<Map<string, Invitee>> {
  const waiting = await tx
    .select({ id: staffInvitations.userId, name: staffInvitations.name })
    .from(staffInvitations)
    .where(ofOrg(staffInvitations, orgId, {}, inArray(staffInvitations.userId, [...ids]), unexpired()));
  const members = await tx
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(ofOrg(memberships, orgId, {}, inArray(memberships.userId, [...ids])));
  // A member invited again for more roles is named by their own name, the invitation still waiting.
  const found = new Map<string, Invitee>(waiting.map(({ id, name }) => [id, { name, pending: true }]));
  for (const { id, name } of members) found.set(id, { name, pending: found.has(id) });
  return found;
}

export const inviteesForAudit: AuditReferenceSource = { kind: "invitee", read: invitees };
