/** Reading groups: the current ones with counts and teachers, one group's page, choices for forms. */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { groups, locations, memberships, pupils, schoolYears, users } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { fullName } from "../../../lib/names.js";
import { currentGroups, teachersOfGroups, type CurrentGroup, type Teacher } from "../directory/groups.js";
import { GROUP_STAFF_ROLES } from "./lookups.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import type { Access } from "./scope.js";
import { onGroupYear } from "../directory/joins.js";

export interface GroupRow extends CurrentGroup {
  staff: Teacher[];
}

/** Groups of school years that are not archived, with pupil counts and their teachers. */
export function listCurrentGroups(scope: OrgScope): Promise<GroupRow[]> {
  return inOrg(scope, async (tx) => {
    const rows = await currentGroups(tx, scope.orgId);
    const staff = await teachersOfGroups(
      tx,
      scope.orgId,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ ...r, staff: staff.get(r.id) ?? [] }));
  });
}

/**
 * SQL: the acting person teaches this group in a school year that is not archived.
 * `groupColumn` is a qualified column of the outer query, such as "pupils.group_id".
 */
export function teachesGroup(scope: OrgScope, groupColumn: "groups.id" | "pupils.group_id") {
  const groupId = sql.raw(groupColumn);
  return sql<boolean>`exists (select 1 from group_staff gs join groups g on g.org_id = gs.org_id and g.id = gs.group_id
    join school_years y on y.org_id = g.org_id and y.id = g.school_year_id
    where gs.org_id = ${scope.orgId} and gs.group_id = ${groupId} and gs.user_id = ${scope.userId} and y.archived_at is null)`;
}

/** One group with its pupils; a teacher of another group is told it does not exist. */
export function getGroupPage(options: OrgScope & { groupId: string; access: Access }) {
  return inOrg(options, async (tx) => {
    const [group] = await tx
      .select({
        id: groups.id,
        name: groups.name,
        schoolYearId: groups.schoolYearId,
        schoolYear: schoolYears.name,
        archived: sql<boolean>`${schoolYears.archivedAt} is not null`,
      })
      .from(groups)
      .innerJoin(schoolYears, onGroupYear)
      .where(
        ofOrg(
          groups,
          options.orgId,
          { id: options.groupId },
          options.access === "manage" ? undefined : teachesGroup(options, "groups.id"),
        ),
      );
    if (!group) throw new NotFoundError("group");
    const members = await tx
      .select()
      .from(pupils)
      .where(ofOrg(pupils, options.orgId, { groupId: group.id }, isNull(pupils.archivedAt)))
      .orderBy(asc(pupils.surname), asc(pupils.firstName));
    const staff = await teachersOfGroups(tx, options.orgId, [group.id]);
    return {
      group,
      staff: staff.get(group.id) ?? [],
      pupils: members.map((p) => ({ ...p, name: fullName(p) })),
    };
  });
}

/** Teachers and mentors of the organisation, to assign to a group. */
export function listAssignableStaff(scope: OrgScope) {
  return inOrg(scope, (tx) =>
    tx
      .selectDistinct({ userId: users.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, scope.orgId), inArray(memberships.role, [...GROUP_STAFF_ROLES])))
      .orderBy(asc(users.name)),
  );
}

/** Locations of the organisation, for the group form. */
export function listLocations(scope: OrgScope) {
  return inOrg(scope, (tx) =>
    tx
      .select({ id: locations.id, name: locations.name })
      .from(locations)
      .where(eq(locations.orgId, scope.orgId))
      .orderBy(asc(locations.name)),
  );
}
