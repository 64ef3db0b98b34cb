/** School years: create one, see them all, and archive one at its end. */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { groups, pupils, schoolYears } from "../../../db/schema/index.js";
import { groupsOfSchoolYear } from "../directory/groups.js";
import { checkSchoolYear, type SchoolYearInput } from "../rules.js";
import { InputError } from "../../../web/input-error.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { auditEach, inOrgUniquely } from "./scope.js";

/** Creates a school year; the name (2027-2028) is unique and the end comes after the start. */
export function createSchoolYear(options: OrgScope & SchoolYearInput) {
  const check = checkSchoolYear(options);
  if (!check.ok) {
    const [field, key] = Object.entries(check.problems)[0]!;
    throw new InputError(field, key);
  }
  const { name, startsOn, endsOn } = check.value;
  return inOrgUniquely(options, "name", "pupils.years.error.nameTaken", async (tx) => {
    const [clash] = await tx
      .select({ id: schoolYears.id })
      .from(schoolYears)
      .where(ofOrg(schoolYears, options.orgId, { name }));
    if (clash) throw new InputError("name", "pupils.years.error.nameTaken");
    const [year] = await tx.insert(schoolYears).values({ orgId: options.orgId, name, startsOn, endsOn }).returning();
    return year!;
  });
}

/** Every school year, the newest first, with how many groups each has. */
export function listSchoolYears(scope: OrgScope) {
  return inOrg(scope, (tx) =>
    tx
      .select({
        id: schoolYears.id,
        name: schoolYears.name,
        startsOn: schoolYears.startsOn,
        endsOn: schoolYears.endsOn,
        archivedAt: schoolYears.archivedAt,
        groupCount: sql<number>`(select count(*)::int from groups g where g.org_id = school_years.org_id and g.school_year_id = school_years.id)`,
      })
      .from(schoolYears)
      .where(eq(schoolYears.orgId, scope.orgId))
      .orderBy(desc(schoolYears.startsOn), asc(schoolYears.name)),
  );
}

/** What archiving a school year would do: per group, the pupils still in it (they would be archived). */
export function previewArchiveSchoolYear(options: OrgScope & { schoolYearId: string }) {
  return inOrg(options, async (tx) => {
    const year = await openYear(tx, options.orgId, options.schoolYearId);
    const perGroup = await groupsOfSchoolYear(tx, options.orgId, year.id);
    const groupsWithCounts = perGroup.map(({ id, ...g }) => ({ groupId: id, ...g }));
    return { year, groups: groupsWithCounts, pupilCount: groupsWithCounts.reduce((n, g) => n + g.pupilCount, 0) };
  });
}

/**
 * Archives a school year: its groups leave the current views, and pupils still in
 * them (not moved up to a group of a new year) are archived too, in one transaction.
 * Returns how many pupils were archived.
 */
export function archiveSchoolYear(options: OrgScope & { schoolYearId: string }): Promise<number> {
  const { orgId } = options;
  return inOrg(options, async (tx) => {
    const year = await openYear(tx, orgId, options.schoolYearId);
    await tx
      .update(schoolYears)
      .set({ archivedAt: sql`now()` })
      .where(ofOrg(schoolYears, orgId, { id: year.id }));
    const yearGroups = await tx
      .select({ id: groups.id })
      .from(groups)
      .where(ofOrg(groups, orgId, { schoolYearId: year.id }));
    const groupIds = yearGroups.map((g) => g.id);
    const archived = groupIds.length
      ? await tx
          .update(pupils)
          .set({ archivedAt: sql`now()` })
          .where(and(eq(pupils.orgId, orgId), inArray(pupils.groupId, groupIds), isNull(pupils.archivedAt)))
          .returning({ id: pupils.id })
      : [];
    await auditEach(tx, options, { action: "archive", entity: "group", entityIds: groupIds, detail: year.name });
    const pupilIds = archived.map((p) => p.id);
    await auditEach(tx, options, { action: "archive", entity: "pupil", entityIds: pupilIds, detail: year.name });
    return archived.length;
  });
}

async function openYear(tx: Tx, orgId: string, schoolYearId: string) {
  return rowOfOrg(tx, schoolYears, orgId, { id: schoolYearId }, "school year", isNull(schoolYears.archivedAt));
}
