/** Builds the Viewer for a session: the user, their organisations and roles. */
import { eq, sql } from "drizzle-orm";
import { preparedStatement, withOrg, type Db } from "../db/client.js";
import { users } from "../db/schema/index.js";
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
 * The Viewer behind a session cookie, or null when the session is unknown or expired. One
 * statement (the database function app_viewer, src/db/migrations): it touches the session's idle
 * timer (once a minute), reads the user and, under row-level security as that person, their
 * organisations and roles. This runs before every signed-in request; it took five round trips.
 */
export async function loadViewer(db: Db, token: string, policy: SessionPolicy): Promise<Viewer | null> {
  const idleCutoff = new Date(Date.now() - policy.idleMinutes * 60_000).toISOString();
  const [row] = await viewerOfSession(db, { tokenHash: hashToken(token), idleCutoff });
  if (!row?.viewer) return null;
  const { currentOrgId, organisations, ...viewer } = row.viewer;
  const access = accessOf(organisations);
  const current =
    access.find((a) => a.orgId === currentOrgId) ?? access.find((a) => a.staffRoles.length > 0) ?? access[0] ?? null;
  return { ...viewer, organisations: access, current };
}

const viewerOfSession = preparedStatement<{ viewer: (SessionUser & { organisations: AccessRow[] }) | null }>(
  "viewer_of_session",
  () =>
    sql`select app_viewer(${sql.placeholder("tokenHash")}, ${sql.placeholder("idleCutoff")}::timestamptz) as viewer`,
);

/** What app_viewer returns: the Viewer's own fields, the organisation last opened, and the access rows. */
type SessionUser = Omit<Viewer, "organisations" | "current"> & { currentOrgId: string | null };

/** An organisation as app_organisation_access returns it: the access with its roles under their column's name. */
type AccessRow = Omit<OrganisationAccess, "staffRoles"> & { roles: StaffRole[] };

/** The organisations a person may open, in the transaction's row-level security (app_organisation_access). */
const organisationAccess = preparedStatement<{ access: AccessRow[] }>(
  "viewer_organisation_access",
  () =>
    sql`select app_organisation_access(${sql.placeholder("userId")}::uuid, ${sql.placeholder("isPlatformAdmin")}::boolean) as access`,
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
  const [row] = await withOrg(db, { orgId: null, userId }, (tx) => organisationAccess(tx, { userId, isPlatformAdmin }));
  return accessOf(row?.access ?? []);
}

/** By name, as the organisation switcher lists them. */
function accessOf(rows: readonly AccessRow[]): OrganisationAccess[] {
  return rows
    .map(({ roles, ...o }) => ({ ...o, staffRoles: roles }))
    .sort((a, b) => a.orgName.localeCompare(b.orgName, "nl"));
}
