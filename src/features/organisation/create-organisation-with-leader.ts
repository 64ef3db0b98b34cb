/** The platform admin's one step: a new organisation and the invitation of its first school leader. */
import { randomUUID } from "node:crypto";
import { withOrg, type Db } from "../../db/client.js";
import { addMember, type Invitee } from "./invite.js";
import { createOrganisation, type OrganisationFields } from "./organisations.js";

/**
 * Creates the organisation and its leader's membership in one transaction of `db` (the app's, or
 * a form's transaction); returns the leader to mail once it has committed.
 */
export function createOrganisationWithLeader(
  db: Db,
  options: OrganisationFields & { createdBy: string | null; leader: { name: string; email: string } },
): Promise<Invitee> {
  const { createdBy, leader } = options;
  const orgId = randomUUID();
  return withOrg(db, { orgId, userId: createdBy }, async (tx) => {
    await createOrganisation({ ...options, db: tx, id: orgId });
    return addMember(tx, { orgId, invitedBy: createdBy, ...leader, roles: ["school_leader"], direct: true });
  });
}
