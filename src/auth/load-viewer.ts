/** Builds the Viewer for a session: the user, their organisations and roles. */
import { eq, sql } from "drizzle-orm";
import { preparedStatement, withOrg, type Db } from "../db/client.js";
import { guardians, memberships, organisations, sessions, users } from "../db/schema/index.js";
import type { SessionPolicy } from "./sessions.js";
import { hashToken } from "./tokens.js";
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

/**
 * The Viewer behind a session cookie, or null when the session is unknown or expired.
 * Touches the session's idle timer (once a minute) and reads the user in one statement, and the
 * organisations and roles in one transaction: this runs before every signed-in request.
 */
export async function loadViewer(db: Db, token: string, policy: SessionPolicy): Promise<Viewer | null> {
  const idleCutoff = new Date(Date.now() - policy.idleMinutes * 60_000).toISOString();
  const [user] = await touchSession(db, { tokenHash: hashToken(token), idleCutoff });
  if (!user) return null;
  const access = await listOrganisationAccess(db, user.userId, user.isPlatformAdmin);
  const { currentOrgId, ...viewer } = user;
  const current =
    access.find((a) => a.orgId === currentOrgId) ?? access.find((a) => a.staffRoles.length > 0) ?? access[0] ?? null;
  return { ...viewer, organisations: access, current };
}

const touchSession = preparedStatement<SessionUser>(
  "viewer_session",
  () => sql`
    with live as (
      select id_hash, user_id, current_org_id, fully_authenticated, last_seen_at from ${sessions}
      where id_hash = ${sql.placeholder("tokenHash")} and expires_at > now()
        and last_seen_at > ${sql.placeholder("idleCutoff")}),
    -- The idle timer moves at most once a minute: a write on every request (and its flush
    -- to disk at commit) cost more than the rest of the lookup, and idle timeouts are minutes.
    touched as (
      update ${sessions} set last_seen_at = now()
      where id_hash in (select id_hash from live where last_seen_at < now() - interval '1 minute'))
    select t.id_hash as "sessionHash", t.current_org_id as "currentOrgId", t.fully_authenticated as "fullyAuthenticated",
      users.id as "userId", users.email, users.name, users.locale, users.is_platform_admin as "isPlatformAdmin",
      users.is_platform_editor as "isPlatformEditor",
      users.password_hash is not null as "hasPassword", ${hasSecondFactorSql} as "hasSecondFactor"
    from live t join ${users} on users.id = t.user_id`,
);

interface SessionUser {
  sessionHash: string;
  currentOrgId: string | null;
  fullyAuthenticated: boolean;
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  isPlatformAdmin: boolean;
  isPlatformEditor: boolean;
  hasPassword: boolean;
  hasSecondFactor: boolean;
}

/** Runs before every signed-in request, so it is a prepared statement (see preparedStatement). */
const organisationAccess = preparedStatement<{
  orgId: string;
  orgName: string;
  requireSecondFactor: boolean;
  roles: StaffRole[];
  isGuardian: boolean;
}>(
  "viewer_organisations",
  () => sql`
    select o.id as "orgId", o.name as "orgName", o.require_second_factor as "requireSecondFactor",
      array(select m.role::text from ${memberships} m where m.org_id = o.id and m.user_id = ${sql.placeholder("userId")} order by m.role) as roles,
      exists (select 1 from ${guardians} g where g.org_id = o.id and g.user_id = ${sql.placeholder("userId")}) as "isGuardian"
    from ${organisations} o
    where ${sql.placeholder("isPlatformAdmin")}
      or o.id in (select org_id from ${memberships} where user_id = ${sql.placeholder("userId")})
      or o.id in (select org_id from ${guardians} where user_id = ${sql.placeholder("userId")})`,
);

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
  const rows = await withOrg(db, { orgId: null, userId }, (tx) => organisationAccess(tx, { userId, isPlatformAdmin }));
  return rows
    .map(({ roles, ...o }) => ({ ...o, staffRoles: roles }))
    .sort((a, b) => a.orgName.localeCompare(b.orgName, "nl"));
}
