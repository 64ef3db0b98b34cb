/**
 * Staff and advisors of an organisation: memberships, one row per role held.
 * Every change is written to the audit log in the same transaction.
 */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { inOrg, type OrgScope } from "../../db/org-scope.js";
import { memberships, users } from "../../db/schema/index.js";
import { removeFromAllGroups } from "../pupils/index.js";
import { recordAuditBy } from "../../audit/record.js";
import type { StaffRole } from "../../auth/viewer.js";
import { NotFoundError } from "../../web/errors.js";
import { checkInput, InputError } from "../../web/input-error.js";
import { staffRoles } from "./policy.js";
import { staffRolesInput } from "./schemas.js";
import { runStaffRemovalSteps, type StaffRemoval } from "./removal-steps.js";

export interface Member {
  userId: string;
  name: string;
  email: string;
  roles: StaffRole[];
}

/** The staff (every role but advisor) or the advisors of the organisation, by name. */
export async function listMembers(options: OrgScope & { kind: "staff" | "advisors" }): Promise<Member[]> {
  const { orgId, kind } = options;
  const rows = await inOrg(options, (tx) =>
    tx
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.orgId, orgId),
          kind === "staff" ? ne(memberships.role, "advisor") : eq(memberships.role, "advisor"),
        ),
      )
      .orderBy(asc(users.name), asc(users.email)),
  );
  const members = new Map<string, Member>();
  for (const { role, ...person } of rows) {
    const member = members.get(person.userId) ?? { ...person, roles: [] };
    member.roles.push(role);
    members.set(person.userId, member);
  }
  return [...members.values()].map((m) => ({ ...m, roles: staffRoles.filter((r) => m.roles.includes(r)) }));
}

/** One staff member with their staff roles; not found when they hold none here. */
export async function getStaffMember(options: OrgScope & { memberId: string }): Promise<Member> {
  const { orgId, memberId } = options;
  const member = await inOrg(options, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, memberId));
    return user
      ? { userId: memberId, name: user.name, email: user.email, roles: await staffRolesOf(tx, orgId, memberId) }
      : null;
  });
  if (!member?.roles.length) throw new NotFoundError("staff member");
  return member;
}

async function staffRolesOf(tx: Tx, orgId: string, userId: string): Promise<StaffRole[]> {
  const rows = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(ofOrg(memberships, orgId, { userId }));
  return staffRoles.filter((r) => rows.some((row) => row.role === r));
}

/**
 * Refuses to take away the last school leader. The leaders' rows are locked
 * first, so two leaders removing each other at once cannot both succeed.
 */
async function assertAnotherLeader(tx: Tx, orgId: string, userId: string, field: string): Promise<void> {
  const leaders = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(ofOrg(memberships, orgId, { role: "school_leader" }))
    .for("update");
  if (!leaders.some((l) => l.userId !== userId)) throw new InputError(field, "org.staff.lastLeader");
}

/** Replaces a staff member's staff roles (at least one); an advisor role is left alone. */
export async function setStaffRoles(options: OrgScope & { memberId: string; roles: StaffRole[] }): Promise<void> {
  const { orgId, memberId } = options;
  const { roles } = checkInput(staffRolesInput, { roles: options.roles });
  await inOrg(options, async (tx) => {
    const current = await staffRolesOf(tx, orgId, memberId);
    if (!current.length) throw new NotFoundError("staff member");
    if (current.includes("school_leader") && !roles.includes("school_leader"))
      await assertAnotherLeader(tx, orgId, memberId, "roles");
    const dropped = current.filter((r) => !roles.includes(r));
    if (dropped.length) await tx.delete(memberships).where(memberOf(orgId, memberId, dropped));
    await tx
      .insert(memberships)
      .values(roles.map((role) => ({ orgId, userId: memberId, role })))
      .onConflictDoNothing();
    const detail = `roles: ${roles.join(",")}`;
    await recordAuditBy(tx, options, { action: "update", entity: "staff", entityId: memberId, detail });
  });
}

/**
 * Removes a staff member from the organisation: their staff roles and their groups, after the
 * features' removal steps (their conversation times still ahead are freed, the families told).
 */
export async function removeStaff(
  options: OrgScope & { memberId: string; deps: StaffRemoval["deps"]; now?: Date },
): Promise<void> {
  const { orgId, memberId } = options;
  await inOrg(options, async (tx) => {
    const current = await staffRolesOf(tx, orgId, memberId);
    if (!current.length) throw new NotFoundError("staff member");
    if (current.includes("school_leader")) await assertAnotherLeader(tx, orgId, memberId, "remove");
    await runStaffRemovalSteps(tx, orgId, { userId: memberId, now: options.now ?? new Date(), deps: options.deps });
    await tx.delete(memberships).where(memberOf(orgId, memberId, current));
    await removeFromAllGroups(tx, orgId, memberId);
    await recordAuditBy(tx, options, { action: "delete", entity: "staff", entityId: memberId, detail: "staff" });
  });
}

/** Removes an advisor from the organisation; any staff roles they also hold stay. */
export async function removeAdvisor(options: OrgScope & { memberId: string }): Promise<void> {
  const { orgId, memberId } = options;
  await inOrg(options, async (tx) => {
    const removed = await tx
      .delete(memberships)
      .where(memberOf(orgId, memberId, ["advisor"]))
      .returning({ userId: memberships.userId });
    if (!removed.length) throw new NotFoundError("advisor");
    await recordAuditBy(tx, options, { action: "delete", entity: "staff", entityId: memberId, detail: "advisor" });
  });
}

function memberOf(orgId: string, userId: string, roles: StaffRole[]) {
  return and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), inArray(memberships.role, roles));
}
