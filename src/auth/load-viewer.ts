/** Builds the Viewer for a session: the user, their organisations and roles. */
import { eq, inArray, isNotNull, and, sql } from "drizzle-orm";
import { withOrg, type Db } from "../db/client.js";
import { guardians, memberships, organisations, users } from "../db/schema/index.js";
import type { SessionRow } from "./sessions.js";
import type { OrganisationAccess, StaffRole, Viewer } from "./viewer.js";

/**
 * An authenticator app or at least one passkey, in a query on users. Written out
 * in full: Drizzle leaves column names unqualified inside selected sql, and
 * "id" in the subquery would then mean passkeys.id.
 */
const hasSecondFactorSql = sql<boolean>`(users.totp_secret is not null or exists (select 1 from passkeys p where p.user_id = users.id))`;

/** Whether the user has a second factor that must be given at sign-in. */
export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ value: hasSecondFactorSql }).from(users).where(eq(users.id, userId));
  return row?.value ?? false;
}

export async function loadViewer(db: Db, session: SessionRow): Promise<Viewer | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      isPlatformAdmin: users.isPlatformAdmin,
      passwordHash: users.passwordHash,
      hasSecondFactor: hasSecondFactorSql,
    })
    .from(users)
    .where(eq(users.id, session.userId));
  if (!user) return null;
  const access = await listOrganisationAccess(db, user.id, user.isPlatformAdmin);
  const current =
    access.find((a) => a.orgId === session.currentOrgId) ??
    access.find((a) => a.staffRoles.length > 0) ??
    access[0] ??
    null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    sessionHash: session.idHash,
    fullyAuthenticated: session.fullyAuthenticated,
    hasPassword: user.passwordHash !== null,
    hasSecondFactor: user.hasSecondFactor,
    organisations: access,
    current,
  };
}

/**
 * The organisations a person belongs to, as staff, advisor or guardian. Row-level
 * security lets a user read their own membership and guardian rows across
 * organisations (app.user_id), and nothing else outside the current one.
 * A platform admin may open every organisation (as an administrator, no roles).
 */
export async function listOrganisationAccess(
  db: Db,
  userId: string,
  isPlatformAdmin: boolean,
): Promise<OrganisationAccess[]> {
  const { roles, guardianOrgs } = await withOrg(db, { orgId: null, userId }, async (tx) => ({
    roles: await tx
      .select({ orgId: memberships.orgId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, userId)),
    guardianOrgs: await tx
      .selectDistinct({ orgId: guardians.orgId })
      .from(guardians)
      .where(and(eq(guardians.userId, userId), isNotNull(guardians.userId))),
  }));
  const ids = new Set([...roles.map((r) => r.orgId), ...guardianOrgs.map((g) => g.orgId)]);
  const orgRows = isPlatformAdmin
    ? await db
        .select({
          id: organisations.id,
          name: organisations.name,
          requireSecondFactor: organisations.requireSecondFactor,
        })
        .from(organisations)
    : ids.size
      ? await db
          .select({
            id: organisations.id,
            name: organisations.name,
            requireSecondFactor: organisations.requireSecondFactor,
          })
          .from(organisations)
          .where(inArray(organisations.id, [...ids]))
      : [];
  return orgRows
    .map((o) => ({
      orgId: o.id,
      orgName: o.name,
      requireSecondFactor: o.requireSecondFactor,
      staffRoles: roles.filter((r) => r.orgId === o.id).map((r) => r.role as StaffRole),
      isGuardian: guardianOrgs.some((g) => g.orgId === o.id),
    }))
    .sort((a, b) => a.orgName.localeCompare(b.orgName, "nl"));
}
