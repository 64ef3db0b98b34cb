/**
 * The school's register as a whole, for the import that compares a file with it: the current
 * school year, the pupils by number, the guardians by address and who is whose. Each function runs
 * in the caller's transaction (the import reads again in the transaction that writes).
 */
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { groups, guardians, pupilGuardians, pupils, schoolYears } from "../../../db/schema/index.js";
import { onGroupYear, onPupilGroup } from "./joins.js";

export interface SchoolYearRef {
  id: string;
  name: string;
}

/** The school year not archived with the latest start; null when there is none. */
export async function currentSchoolYear(tx: Tx, orgId: string): Promise<SchoolYearRef | null> {
  const [year] = await tx
    .select({ id: schoolYears.id, name: schoolYears.name })
    .from(schoolYears)
    .where(and(eq(schoolYears.orgId, orgId), isNull(schoolYears.archivedAt)))
    .orderBy(desc(schoolYears.startsOn))
    .limit(1);
  return year ?? null;
}

/** Every pupil with a pupil number (archived ones too), with their group and its school year. */
export function numberedPupils(tx: Tx, orgId: string) {
  return tx
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
    .leftJoin(groups, onPupilGroup)
    .leftJoin(schoolYears, onGroupYear)
    .where(and(eq(pupils.orgId, orgId), isNotNull(pupils.pupilNumber)));
}

/** Every guardian with an e-mail address, with the account they sign in with. */
export function guardiansWithEmail(tx: Tx, orgId: string) {
  return tx
    .select({ id: guardians.id, name: guardians.name, email: guardians.email, userId: guardians.userId })
    .from(guardians)
    .where(and(eq(guardians.orgId, orgId), isNotNull(guardians.email)));
}

/** Every link between a pupil and a guardian. */
export function guardianLinks(tx: Tx, orgId: string) {
  return tx
    .select({ pupilId: pupilGuardians.pupilId, guardianId: pupilGuardians.guardianId })
    .from(pupilGuardians)
    .where(eq(pupilGuardians.orgId, orgId));
}

export interface SchoolYearRow extends SchoolYearRef {
  startsOn: string;
  archived: boolean;
}

/** Every school year of the organisation, archived ones too, the latest first. */
export async function schoolYearsOf(tx: Tx, orgId: string): Promise<SchoolYearRow[]> {
  const rows = await tx
    .select({
      id: schoolYears.id,
      name: schoolYears.name,
      startsOn: schoolYears.startsOn,
      archivedAt: schoolYears.archivedAt,
    })
    .from(schoolYears)
    .where(eq(schoolYears.orgId, orgId))
    .orderBy(desc(schoolYears.startsOn));
  return rows.map(({ archivedAt, ...year }) => ({ ...year, archived: archivedAt !== null }));
}
