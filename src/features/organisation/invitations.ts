/**
 * Invitations that wait for the person's consent: an organisation that invites someone who has no
 * place in it yet (no role, no guardian record) gets an invitation, not a member, whether or not the
 * address had an account (invite.ts; decision 004). The organisation sees it under the name its
 * inviter typed and may withdraw it; the person sees their own in every organisation (migration
 * 0053's function) and accepts (the roles, with an audit entry, in one transaction) or declines.
 * Either way, and after 30 days, the invitation is deleted (docs/privacy.md), and with the last one the
 * account it made, if never used (`letGoOfAccount`).
 */
import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { rowsOf, withOrg, type Db, type Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { inOrg, orgIdsFrom, type OrgScope, type ViewerScope } from "../../db/org-scope.js";
import { memberships, staffInvitations } from "../../db/schema/index.js";
import { recordAudit, recordAuditBy } from "../../audit/record.js";
import type { StaffRole } from "../../auth/viewer.js";
import { ForbiddenError, NotFoundError } from "../../web/errors.js";
import { membershipRoles } from "./policy.js";

/** How long an invitation waits for an answer. */
export const INVITATION_DAYS = 30;

/**
 * Invitations made before this moment have expired. The daily sweep deletes them, up to a day
 * later; until then they are neither shown nor answerable, so none lives a day longer than promised.
 */
const expiredBefore = (now: Date) => new Date(now.getTime() - INVITATION_DAYS * 24 * 60 * 60 * 1000);

/** The condition of an invitation that has not expired. */
export const unexpired = () => gte(staffInvitations.createdAt, expiredBefore(new Date()));

/**
 * Deletes the person's account when the invitation that just ended leaves it with nothing: never
 * signed in, no role, waiting invitation or guardian record anywhere (migration 0058's function, which
 * sees every organisation). Called in the transaction that ends the invitation; a second call does nothing.
 */
async function letGoOfAccount(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`select delete_orphan_account(${userId}::uuid)`);
}

/** An invitation as the inviting organisation sees it: what its inviter typed. */
export interface PendingInvitation {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  createdAt: Date;
}

/** An invitation as the invited person sees it. */
export interface ReceivedInvitation {
  orgId: string;
  id: string;
  orgName: string;
  /** The inviting organisation's type (organisations.type): its roles are named in its words. */
  orgType: string;
  roles: StaffRole[];
  createdAt: Date;
}

/** The roles in the forms' order, an advisor's too (an advisor invited by a second school waits for consent as well). */
const inOrder = (roles: readonly string[]) => membershipRoles.filter((r) => roles.includes(r));

/**
 * The organisation's invitations that wait for an answer, by the typed name: those with a staff role
 * for the staff page, those to be advisor for the advisors page (as `listMembers` splits members).
 */
export async function pendingInvitations(
  scope: OrgScope & { kind: "staff" | "advisors" },
): Promise<PendingInvitation[]> {
  const rows = await inOrg(scope, (tx) =>
    tx
      .select({
        id: staffInvitations.id,
        name: staffInvitations.name,
        email: staffInvitations.email,
        roles: staffInvitations.roles,
        createdAt: staffInvitations.createdAt,
      })
      .from(staffInvitations)
      .where(ofOrg(staffInvitations, scope.orgId, {}, unexpired()))
      .orderBy(asc(staffInvitations.name), asc(staffInvitations.email)),
  );
  const ofKind = (role: StaffRole) => (role === "advisor") === (scope.kind === "advisors");
  return rows.filter((row) => row.roles.some(ofKind)).map((row) => ({ ...row, roles: inOrder(row.roles) }));
}

/**
 * The organisation takes its invitation back; not found when it is not (or no longer) there, and
 * forbidden when `mayWithdraw` refuses its roles (only a school leader takes back "school leader",
 * as only they may take the role away).
 */
export async function withdrawInvitation(
  scope: ViewerScope & { invitationId: string; mayWithdraw: (roles: StaffRole[]) => boolean },
): Promise<void> {
  await inOrg(scope, async (tx) => {
    const [gone] = await tx
      .delete(staffInvitations)
      .where(ofOrg(staffInvitations, scope.orgId, { id: scope.invitationId }))
      .returning({ userId: staffInvitations.userId, roles: staffInvitations.roles });
    if (!gone) throw new NotFoundError("invitation");
    // Thrown inside the transaction, so the invitation stays.
    if (!scope.mayWithdraw(gone.roles)) throw new ForbiddenError("school leader");
    await recordAuditBy(tx, scope, { action: "revoke", entity: "staff", entityId: gone.userId, detail: "invitation" });
    await letGoOfAccount(tx, gone.userId);
  });
}

/**
 * Every invitation of the person kept in any organisation, oldest first: expired ones the sweep has
 * not deleted yet too, since their data export lists what is stored.
 */
export async function invitationsKept(db: Db, userId: string): Promise<ReceivedInvitation[]> {
  const result = await withOrg(db, { orgId: null, userId }, (tx) =>
    // organisations is no tenant's table (no row-level security): its type joins the person's invitations here.
    tx.execute(
      sql`select r.org_id, r.id, r.org_name, o.type as org_type, r.roles, r.created_at
          from staff_invitations_received() r join organisations o on o.id = r.org_id
          order by r.created_at, r.id`,
    ),
  );
  return rowsOf<{
    org_id: string;
    id: string;
    org_name: string;
    org_type: string;
    roles: string[] | string;
    created_at: string | Date;
  }>(result).map((row) => ({
    orgId: row.org_id,
    id: row.id,
    orgName: row.org_name,
    orgType: row.org_type,
    roles: inOrder(Array.isArray(row.roles) ? row.roles : row.roles.replace(/[{}]/g, "").split(",")),
    createdAt: new Date(row.created_at),
  }));
}

/** The person's own invitations in every organisation that wait for an answer (not expired), oldest first. */
export async function invitationsReceived(db: Db, userId: string, now = new Date()): Promise<ReceivedInvitation[]> {
  const open = expiredBefore(now);
  return (await invitationsKept(db, userId)).filter((i) => i.createdAt >= open);
}

interface Answer {
  db: Db;
  userId: string;
  invitationId: string;
}

/**
 * Takes the person's own invitation out, in its organisation's transaction, and hands its roles to
 * `then`; another person's invitation, or one already answered, withdrawn or expired, is not found.
 */
async function answer(
  { db, userId, invitationId }: Answer,
  then: (tx: Tx, orgId: string, roles: StaffRole[]) => Promise<void>,
): Promise<ReceivedInvitation> {
  const invitation = (await invitationsReceived(db, userId)).find((i) => i.id === invitationId);
  if (!invitation) throw new NotFoundError("invitation");
  const { orgId } = invitation;
  await withOrg(db, { orgId, userId }, async (tx) => {
    const [taken] = await tx
      .delete(staffInvitations)
      .where(ofOrg(staffInvitations, orgId, { id: invitationId, userId }, unexpired()))
      .returning({ roles: staffInvitations.roles });
    if (!taken) throw new NotFoundError("invitation");
    await then(tx, orgId, inOrder(taken.roles));
  });
  return invitation;
}

/** The person accepts: the roles become memberships, with an audit entry, and the invitation goes. */
export function acceptInvitation(options: Answer): Promise<ReceivedInvitation> {
  const { userId } = options;
  return answer(options, async (tx, orgId, roles) => {
    await tx
      .insert(memberships)
      .values(roles.map((role) => ({ orgId, userId, role })))
      .onConflictDoNothing();
    const detail = `roles: ${roles.join(",")} (invitation accepted)`;
    await recordAudit(tx, { orgId, userId, action: "create", entity: "staff", entityId: userId, detail });
  });
}

/**
 * The person declines: the invitation goes and nothing else changes. The audit entry has no author:
 * the trail shows an author's account name, which someone who declines never gave the organisation
 * (its entity, the account's id, names no one there). An account the invitation made, declined on
 * the visit it was first signed in for and left with nothing, goes too (migration 0067), and the
 * session with it; `accountDeleted` says so.
 */
export async function declineInvitation(
  options: Answer & { sessionHash: string },
): Promise<ReceivedInvitation & { accountDeleted: boolean }> {
  const { userId: entityId, sessionHash } = options;
  const detail = "invitation declined by the invitee";
  let accountDeleted = false;
  const invitation = await answer(options, async (tx, orgId) => {
    await recordAudit(tx, { orgId, userId: null, action: "decline", entity: "staff", entityId, detail });
    const result = await tx.execute(sql`select delete_declined_account(${entityId}::uuid, ${sessionHash}) as deleted`);
    accountDeleted = rowsOf<{ deleted: boolean }>(result)[0]?.deleted === true;
  });
  return { ...invitation, accountDeleted };
}

/**
 * Deletes the invitations older than INVITATION_DAYS, in each organisation's own transaction, with the
 * accounts they leave with nothing (`letGoOfAccount`); how many invitations. A second run finds none.
 */
export async function purgeExpiredInvitations(db: Db, now = new Date()): Promise<number> {
  const before = expiredBefore(now);
  const orgIds = await orgIdsFrom(
    db,
    sql`select expired_staff_invitation_orgs(${before.toISOString()}::timestamptz) as org_id`,
  );
  let purged = 0;
  for (const orgId of orgIds) {
    const gone = await withOrg(db, { orgId, userId: null }, async (tx) => {
      const rows = await tx
        .delete(staffInvitations)
        .where(and(eq(staffInvitations.orgId, orgId), lt(staffInvitations.createdAt, before)))
        .returning({ userId: staffInvitations.userId });
      for (const { userId } of rows) await letGoOfAccount(tx, userId);
      return rows;
    });
    purged += gone.length;
  }
  return purged;
}
