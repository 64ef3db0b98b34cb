/** The platform admin's one step: a new organisation and the invitation of its first school leader. */
import { randomUUID } from "node:crypto";
import { withOrg } from "../../db/client.js";
import type { Deps } from "../../web/env.js";
import type { Locale } from "../../web/i18n/index.js";
import { addMember, sendInvitation } from "./invite.js";
import { createOrganisation, type OrganisationFields } from "./organisations.js";

/** Creates the organisation and its leader's membership in one transaction; mails the leader after it commits. */
export async function createOrganisationWithLeader(
  options: OrganisationFields & {
    deps: Deps;
    createdBy: string | null;
    leader: { name: string; email: string };
    locale?: Locale;
  },
): Promise<{ orgId: string }> {
  const { deps, createdBy, leader } = options;
  const orgId = randomUUID();
  const invitee = await withOrg(deps.db, { orgId, userId: createdBy }, async (tx) => {
    await createOrganisation({ ...options, db: tx, id: orgId });
    return addMember(tx, { orgId, invitedBy: createdBy, ...leader, roles: ["school_leader"] });
  });
  await sendInvitation(deps, invitee, options.locale);
  return { orgId };
}
