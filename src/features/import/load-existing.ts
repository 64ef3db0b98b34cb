/**
 * What the organisation already has, in the shape planImport compares a file
 * with: pupils by number, guardians by e-mail, groups of the current school
 * year by name, and the existing pupil–guardian links.
 */
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { groups, guardians, pupilGuardians, pupils, schoolYears } from "../../db/schema/index.js";
import type { ExistingData, ExistingPupil } from "./plan.js";

export interface SchoolYearRef {
  id: string;
  name: string;
}

export interface ExistingForImport extends Required<ExistingData> {
  /** Where new groups go: the school year not archived with the latest start; null when there is none. */
  schoolYear: SchoolYearRef | null;
  /** With the account each guardian signs in with, so the import only looks up accounts that are missing. */
  guardiansByEmail: ReadonlyMap<string, { id: string; name: string; userId: string | null }>;
}

export function loadExisting(input: { db: Db; orgId: string; userId: string | null }): Promise<ExistingForImport> {
  return withOrg(input.db, { orgId: input.orgId, userId: input.userId }, (tx) => readExisting(tx, input.orgId));
}

/** The same, inside a transaction the caller already holds (the import re-reads it before writing). */
export async function readExisting(tx: Tx, orgId: string): Promise<ExistingForImport> {
  const schoolYear = await currentSchoolYear(tx, orgId);
  const groupRows = schoolYear
    ? await tx
        .select({ id: groups.id, name: groups.name })
        .from(groups)
        .where(and(eq(groups.orgId, orgId), eq(groups.schoolYearId, schoolYear.id)))
    : [];
  return {
    schoolYear,
    pupilsByNumber: await pupilsByNumber(tx, orgId, schoolYear),
    guardiansByEmail: await guardiansByEmail(tx, orgId),
    groupsByName: new Map(groupRows.map((g) => [g.name, { id: g.id }])),
    guardianIdsByPupilId: await links(tx, orgId),
  };
}

export async function currentSchoolYear(tx: Tx, orgId: string): Promise<SchoolYearRef | null> {
  const [year] = await tx
    .select({ id: schoolYears.id, name: schoolYears.name })
    .from(schoolYears)
    .where(and(eq(schoolYears.orgId, orgId), isNull(schoolYears.archivedAt)))
    .orderBy(desc(schoolYears.startsOn))
    .limit(1);
  return year ?? null;
}

async function pupilsByNumber(tx: Tx, orgId: string, current: SchoolYearRef | null) {
  const rows = await tx
    .select({
      id: pupils.id,
      pupilNumber: pupils.pupilNumber,
      firstName: pupils.firstName,
      surnamePrefix: pupils.surnamePrefix,
      surname: pupils.surname,
      dateOfBirth: pupils.dateOfBirth,
      groupName: groups.name,
      yearId: schoolYears.id,
      yearName: schoolYears.name,
    })
    .from(pupils)
    .leftJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
    .leftJoin(schoolYears, and(eq(schoolYears.orgId, groups.orgId), eq(schoolYears.id, groups.schoolYearId)))
    .where(and(eq(pupils.orgId, orgId), isNotNull(pupils.pupilNumber)));
  const map = new Map<string, ExistingPupil>();
  for (const { pupilNumber, yearId, yearName, groupName, ...pupil } of rows) {
    // A group of another school year is not the file's "Groep 5a" of this year: naming it with
    // its year makes the plan move the pupil, and shows the user where the pupil was.
    const inOtherYear = groupName !== null && yearId !== current?.id;
    map.set(pupilNumber ?? "", { ...pupil, groupName: inOtherYear ? `${groupName} (${yearName})` : groupName });
  }
  return map;
}

async function guardiansByEmail(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ id: guardians.id, name: guardians.name, email: guardians.email, userId: guardians.userId })
    .from(guardians)
    .where(and(eq(guardians.orgId, orgId), isNotNull(guardians.email)));
  return new Map(rows.map(({ email, ...guardian }) => [email ?? "", guardian]));
}

async function links(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ pupilId: pupilGuardians.pupilId, guardianId: pupilGuardians.guardianId })
    .from(pupilGuardians)
    .where(eq(pupilGuardians.orgId, orgId));
  const map = new Map<string, Set<string>>();
  for (const { pupilId, guardianId } of rows) map.set(pupilId, (map.get(pupilId) ?? new Set()).add(guardianId));
  return map;
}
