/**
 * A person's part of the school's register, for their data export: the guardian records that are
 * them (name, address, phone) with their children and groups, and as staff the groups they teach.
 */
import { asc } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { guardians } from "../../../db/schema/index.js";
import { fullName } from "../../../lib/names.js";
import { childrenOfGuardian } from "./families.js";
import { groupsOfTeacher } from "./groups.js";

export async function familyOfPerson(tx: Tx, orgId: string, userId: string) {
  const records = await tx
    .select({ name: guardians.name, email: guardians.email, phone: guardians.phone, since: guardians.createdAt })
    .from(guardians)
    .where(ofOrg(guardians, orgId, { userId }))
    .orderBy(asc(guardians.createdAt), asc(guardians.id));
  const children = (await childrenOfGuardian(tx, orgId, userId)).map((child) => ({
    name: fullName(child),
    group: child.groupName,
  }));
  return { guardianRecords: records, children };
}

export async function teachingOfPerson(tx: Tx, orgId: string, userId: string) {
  return (await groupsOfTeacher(tx, orgId, userId)).map((g) => ({ group: g.name, schoolYear: g.schoolYear }));
}
