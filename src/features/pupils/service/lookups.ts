/** Checks that a referenced row exists in this organisation, inside the caller's transaction. */
import { inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { groups, locations, memberships, schoolYears } from "../../../db/schema/index.js";
import { InputError } from "../../../web/input-error.js";
import { onGroupYear } from "../directory/joins.js";

/** A school year that is not archived, else an error on `field`. */
export async function openSchoolYear(tx: Tx, orgId: string, schoolYearId: string, field = "schoolYearId") {
  const [year] = await tx
    .select()
    .from(schoolYears)
    .where(ofOrg(schoolYears, orgId, { id: schoolYearId }, isNull(schoolYears.archivedAt)));
  if (!year) throw new InputError(field, "pupils.error.schoolYear");
  return year;
}

/** A group of a school year that is not archived: pupils can only be placed there. */
export async function openGroup(tx: Tx, orgId: string, groupId: string, field = "groupId") {
  const [row] = await tx
    .select({ group: groups, yearName: schoolYears.name })
    .from(groups)
    .innerJoin(schoolYears, onGroupYear)
    .where(ofOrg(groups, orgId, { id: groupId }, isNull(schoolYears.archivedAt)));
  if (!row) throw new InputError(field, "pupils.error.group");
  return { ...row.group, yearName: row.yearName };
}

export async function existingLocation(tx: Tx, orgId: string, locationId: string) {
  const [location] = await tx
    .select({ id: locations.id })
    .from(locations)
    .where(ofOrg(locations, orgId, { id: locationId }));
  if (!location) throw new InputError("locationId", "error.invalid");
}

/** The roles that can be assigned to a group. */
export const GROUP_STAFF_ROLES = ["teacher", "mentor"] as const;

/** A teacher or mentor of this organisation, else an error on the staff field. */
export async function assignableStaff(tx: Tx, orgId: string, userId: string) {
  const [member] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(ofOrg(memberships, orgId, { userId }, inArray(memberships.role, [...GROUP_STAFF_ROLES])))
    .limit(1);
  if (!member) throw new InputError("staffUserId", "pupils.groups.error.staff");
}
