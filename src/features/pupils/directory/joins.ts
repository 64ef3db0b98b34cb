/**
 * The joins between the school's people and groups, each kept inside one organisation (both
 * sides' org_id), written once for every query of the directory and the pupils' pages.
 */
import { and, eq } from "drizzle-orm";
import { groups, groupStaff, guardians, pupilGuardians, pupils, schoolYears } from "../../../db/schema/index.js";

/** A guardian and their links to children. */
export const onGuardianLinks = and(
  eq(pupilGuardians.orgId, guardians.orgId),
  eq(pupilGuardians.guardianId, guardians.id),
)!;

/** A pupil and their links to guardians. */
export const onPupilLinks = and(eq(pupilGuardians.orgId, pupils.orgId), eq(pupilGuardians.pupilId, pupils.id))!;

/** A pupil and their group. */
export const onPupilGroup = and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId))!;

/** A group and its school year. */
export const onGroupYear = and(eq(schoolYears.orgId, groups.orgId), eq(schoolYears.id, groups.schoolYearId))!;

/** A group and its staff. */
export const onGroupStaff = and(eq(groupStaff.orgId, groups.orgId), eq(groupStaff.groupId, groups.id))!;
