/** Creating and changing groups, and who teaches them. */
import { ne } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { groupStaff, groups } from "../../../db/schema/index.js";
import { InputError } from "../../../web/input-error.js";
import { assignableStaff, existingLocation, openSchoolYear } from "./lookups.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { inOrgUniquely } from "./scope.js";
import { recordAuditBy } from "../../../audit/record.js";

export interface CreateGroupOptions extends OrgScope {
  name: string;
  schoolYearId: string;
  locationId?: string | null;
}

/** Creates a group in a school year that is not archived; names are unique per year. */
export function createGroup(options: CreateGroupOptions) {
  const { orgId, name, schoolYearId } = options;
  const locationId = options.locationId ?? null;
  return inOrgUniquely(options, "name", "pupils.groups.error.nameTaken", async (tx) => {
    await openSchoolYear(tx, orgId, schoolYearId);
    if (locationId) await existingLocation(tx, orgId, locationId);
    await assertNameFree(tx, orgId, schoolYearId, name, null);
    const [group] = await tx.insert(groups).values({ orgId, schoolYearId, locationId, name }).returning();
    await recordAuditBy(tx, options, { action: "create", entity: "group", entityId: group!.id, detail: name });
    return group!;
  });
}

/** Renames a group; the name stays unique within its school year. */
export function renameGroup(options: OrgScope & { groupId: string; name: string }) {
  const { orgId, groupId, name } = options;
  return inOrgUniquely(options, "name", "pupils.groups.error.nameTaken", async (tx) => {
    const group = await findGroup(tx, orgId, groupId);
    await assertNameFree(tx, orgId, group.schoolYearId, name, groupId);
    await tx
      .update(groups)
      .set({ name })
      .where(ofOrg(groups, orgId, { id: groupId }));
    await recordAuditBy(tx, options, { action: "update", entity: "group", entityId: groupId, detail: "renamed" });
  });
}

/** Makes a teacher or mentor of the organisation staff of a group (again is harmless). */
export function assignGroupStaff(options: OrgScope & { groupId: string; staffUserId: string }) {
  const { orgId, groupId, staffUserId } = options;
  return inOrg(options, async (tx) => {
    await findGroup(tx, orgId, groupId);
    await assignableStaff(tx, orgId, staffUserId);
    await tx.insert(groupStaff).values({ orgId, groupId, userId: staffUserId }).onConflictDoNothing();
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "group",
      entityId: groupId,
      detail: "staff-assigned",
    });
  });
}

/** Takes a staff member off a group. */
export function unassignGroupStaff(options: OrgScope & { groupId: string; staffUserId: string }) {
  const { orgId, groupId, staffUserId } = options;
  return inOrg(options, async (tx) => {
    await findGroup(tx, orgId, groupId);
    await tx.delete(groupStaff).where(ofOrg(groupStaff, orgId, { groupId, userId: staffUserId }));
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "group",
      entityId: groupId,
      detail: "staff-unassigned",
    });
  });
}

async function findGroup(tx: Tx, orgId: string, groupId: string) {
  return rowOfOrg(tx, groups, orgId, { id: groupId }, "group");
}

async function assertNameFree(tx: Tx, orgId: string, schoolYearId: string, name: string, exceptId: string | null) {
  const [clash] = await tx
    .select({ id: groups.id })
    .from(groups)
    .where(ofOrg(groups, orgId, { schoolYearId, name }, exceptId ? ne(groups.id, exceptId) : undefined));
  if (clash) throw new InputError("name", "pupils.groups.error.nameTaken");
}
