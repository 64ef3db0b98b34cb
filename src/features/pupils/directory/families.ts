/**
 * The school directory's families: children of a guardian and guardians of children, as other
 * features ask for them. Each function runs in the caller's transaction, so row-level security and
 * the caller's organisation apply. Guardians who live apart are two guardians of the same child,
 * each with their own address and language.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { groups, guardians, pupilGuardians, pupils, users } from "../../../db/schema/index.js";
import { onGuardianLinks, onPupilGroup, onPupilLinks } from "./joins.js";

/** One guardian of one child, with what a mail to them needs; `email` is null without an address. */
export interface ChildGuardian {
  pupilId: string;
  guardianId: string;
  /** As the school wrote it, for the greeting of a mail. */
  name: string;
  email: string | null;
  /** The language of their account, when they have one. */
  locale: string | null;
}

/** The guardians of these children (both households when the parents live apart). */
export function guardiansOfChildren(tx: Tx, orgId: string, pupilIds: readonly string[]): Promise<ChildGuardian[]> {
  return tx
    .select({
      pupilId: pupilGuardians.pupilId,
      guardianId: guardians.id,
      name: guardians.name,
      email: guardians.email,
      locale: users.locale,
    })
    .from(pupilGuardians)
    .innerJoin(guardians, onGuardianLinks)
    .leftJoin(users, eq(users.id, guardians.userId))
    .where(and(eq(pupilGuardians.orgId, orgId), inArray(pupilGuardians.pupilId, [...pupilIds])));
}

/** The guardians with an e-mail address of the children (not archived) in a group, each once. */
export function guardiansOfGroup(tx: Tx, orgId: string, groupId: string): Promise<{ guardianId: string }[]> {
  return tx
    .selectDistinct({ guardianId: guardians.id })
    .from(pupils)
    .innerJoin(pupilGuardians, onPupilLinks)
    .innerJoin(guardians, onGuardianLinks)
    .where(ofOrg(pupils, orgId, { groupId }, isNull(pupils.archivedAt), isNotNull(guardians.email)));
}

export interface GuardianChild {
  pupilId: string;
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
  groupId: string | null;
  groupName: string | null;
}

/** The children (not archived) of the guardian who is this user, by first name. */
export function childrenOfGuardian(tx: Tx, orgId: string, userId: string): Promise<GuardianChild[]> {
  return tx
    .select({
      pupilId: pupils.id,
      firstName: pupils.firstName,
      surnamePrefix: pupils.surnamePrefix,
      surname: pupils.surname,
      groupId: groups.id,
      groupName: groups.name,
    })
    .from(pupils)
    .innerJoin(pupilGuardians, onPupilLinks)
    .innerJoin(guardians, onGuardianLinks)
    .leftJoin(groups, onPupilGroup)
    .where(and(eq(pupils.orgId, orgId), eq(guardians.userId, userId), isNull(pupils.archivedAt)))
    .orderBy(asc(pupils.firstName));
}

/** These guardians, by name, with their address and the language of their account. */
export function guardiansById(tx: Tx, orgId: string, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({
      guardianId: guardians.id,
      name: guardians.name,
      email: guardians.email,
      userId: guardians.userId,
      locale: users.locale,
    })
    .from(guardians)
    .leftJoin(users, eq(users.id, guardians.userId))
    .where(and(eq(guardians.orgId, orgId), inArray(guardians.id, [...ids])))
    .orderBy(asc(guardians.name), asc(guardians.id));
}

/** The ids of the guardian records this user is, in this organisation. */
export async function guardianIdsOfUser(tx: Tx, orgId: string, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: guardians.id })
    .from(guardians)
    .where(ofOrg(guardians, orgId, { userId }));
  return rows.map((r) => r.id);
}

/** Each parent with an account and a child (not archived) in a group of this school year, once per group. */
export function parentAccountsOfYear(
  tx: Tx,
  orgId: string,
  schoolYearId: string,
): Promise<{ groupId: string; groupName: string; userId: string }[]> {
  return tx
    .selectDistinct({ groupId: groups.id, groupName: groups.name, userId: users.id })
    .from(groups)
    .innerJoin(pupils, and(eq(pupils.orgId, groups.orgId), eq(pupils.groupId, groups.id), isNull(pupils.archivedAt)))
    .innerJoin(pupilGuardians, onPupilLinks)
    .innerJoin(guardians, onGuardianLinks)
    .innerJoin(users, eq(users.id, guardians.userId))
    .where(ofOrg(groups, orgId, { schoolYearId }))
    .orderBy(asc(groups.name));
}

export interface ParentAccount {
  userId: string;
  /** As the school wrote it, for the greeting of a mail. */
  name: string;
  email: string;
  /** The language of their account; null until they chose one. */
  locale: string | null;
}

/**
 * Every parent of the organisation who can sign in (a guardian with an account) and has a child
 * still at the school, each once: those who read what the school publishes to all parents.
 */
export async function parentAccountsOf(tx: Tx, orgId: string): Promise<ParentAccount[]> {
  const rows = await tx
    .selectDistinct({ userId: users.id, name: guardians.name, email: users.email, locale: users.locale })
    .from(guardians)
    .innerJoin(users, eq(users.id, guardians.userId))
    .innerJoin(pupilGuardians, onGuardianLinks)
    .innerJoin(pupils, onPupilLinks)
    .where(and(eq(guardians.orgId, orgId), isNull(pupils.archivedAt)))
    .orderBy(asc(users.id));
  // A person who is two guardian records here (a name written twice) is mailed once.
  return rows.filter((row, i) => i === 0 || rows[i - 1]!.userId !== row.userId);
}

/**
 * Which of these accounts are a guardian here now: a parent who left the organisation (their
 * guardian record removed) is not. For showing "a former parent" in place of a name.
 */
export async function guardianAccountsAmong(tx: Tx, orgId: string, userIds: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ userId: guardians.userId })
    .from(guardians)
    .where(and(eq(guardians.orgId, orgId), inArray(guardians.userId, wanted)));
  return new Set(rows.flatMap((row) => (row.userId ? [row.userId] : [])));
}

/** The groups of these parents' children still at the school (not archived), by account. */
export async function childGroupsOfParents(
  tx: Tx,
  orgId: string,
  userIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const wanted = [...new Set(userIds)];
  const byUser = new Map<string, { id: string; name: string }[]>();
  if (wanted.length === 0) return byUser;
  const rows = await tx
    .selectDistinct({ userId: guardians.userId, groupId: groups.id, groupName: groups.name })
    .from(guardians)
    .innerJoin(pupilGuardians, onGuardianLinks)
    .innerJoin(pupils, onPupilLinks)
    .innerJoin(groups, onPupilGroup)
    .where(and(eq(guardians.orgId, orgId), inArray(guardians.userId, wanted), isNull(pupils.archivedAt)))
    .orderBy(asc(groups.name));
  for (const row of rows) {
    if (!row.userId) continue;
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), { id: row.groupId, name: row.groupName }]);
  }
  return byUser;
}
