/** What this feature's tests ask of the database: a person's roles in an organisation, its invitations, an address's account. */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { withOrg } from "../../../db/client.js";
import { memberships, staffInvitations, users } from "../../../db/schema/index.js";

/** The person's roles in the organisation, sorted. */
export function rolesOf(db: Db, orgId: string, userId: string) {
  return withOrg(db, { orgId, userId: null }, async (tx) => {
    const rows = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    return rows.map((r) => r.role).sort();
  });
}

/** The organisation's invitations waiting for an answer. */
export function invitationsIn(db: Db, orgId: string) {
  return withOrg(db, { orgId, userId: null }, (tx) =>
    tx.select().from(staffInvitations).where(eq(staffInvitations.orgId, orgId)),
  );
}

/** The id of the account with this address, if there is one. */
export async function accountIdOf(db: Db, email: string): Promise<string | undefined> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user?.id;
}
