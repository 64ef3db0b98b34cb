/**
 * What the organisation already has, in the shape planImport compares a file
 * with: pupils by number, guardians by e-mail, groups of the current school
 * year by name, and the existing pupil–guardian links.
 */
import { withOrg, type Db, type Tx } from "../../db/client.js";
import {
  currentSchoolYear,
  groupsOfSchoolYear,
  guardianLinks,
  guardiansWithEmail,
  numberedPupils,
  type SchoolYearRef,
} from "../pupils/index.js";
import type { ExistingData, ExistingPupil } from "./plan.js";

export type { SchoolYearRef } from "../pupils/index.js";

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
  const groupRows = schoolYear ? await groupsOfSchoolYear(tx, orgId, schoolYear.id) : [];
  return {
    schoolYear,
    pupilsByNumber: await pupilsByNumber(tx, orgId, schoolYear),
    guardiansByEmail: await guardiansByEmail(tx, orgId),
    groupsByName: new Map(groupRows.map((g) => [g.name, { id: g.id }])),
    guardianIdsByPupilId: await links(tx, orgId),
  };
}

async function pupilsByNumber(tx: Tx, orgId: string, current: SchoolYearRef | null) {
  const rows = await numberedPupils(tx, orgId);
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
  const rows = await guardiansWithEmail(tx, orgId);
  return new Map(rows.map(({ email, ...guardian }) => [email ?? "", guardian]));
}

async function links(tx: Tx, orgId: string) {
  const rows = await guardianLinks(tx, orgId);
  const map = new Map<string, Set<string>>();
  for (const { pupilId, guardianId } of rows) map.set(pupilId, (map.get(pupilId) ?? new Set()).add(guardianId));
  return map;
}
