/**
 * Factories: each test builds its own organisation, so tests never share data.
 * Every call makes unique e-mail addresses and codes.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { withOrg, type Db } from "../../src/db/client.js";
import {
  groupStaff,
  groups,
  guardians,
  memberships,
  organisations,
  pupilGuardians,
  pupils,
  schoolYears,
  users,
} from "../../src/db/schema/index.js";
import type { StaffRole } from "../../src/auth/viewer.js";

export const unique = () => randomBytes(4).toString("hex");

/** A random code in the BRIN format (2 digits, 2 letters), like a real school's. */
export function brinCode(): string {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return `${a % 10}${b % 10}${letter(c)}${letter(d)}`;
}

export async function createUser(
  db: Db,
  options: { name?: string; email?: string; isPlatformAdmin?: boolean; isPlatformEditor?: boolean } = {},
) {
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? `user-${unique()}@example.nl`,
      name: options.name ?? "Test Persoon",
      isPlatformAdmin: options.isPlatformAdmin ?? false,
      isPlatformEditor: options.isPlatformEditor ?? false,
    })
    .returning();
  return user!;
}

/**
 * An organisation with one school year, two groups, a leader, a teacher of group A and a parent of a child in A;
 * its registration code is `registrationCode` (one another organisation then already has) or a unique one;
 * a primary school unless `type` says otherwise (a daycare speaks childcare's words).
 */
export async function createSchool(
  db: Db,
  options: {
    name?: string;
    marker?: string;
    registrationCode?: string;
    type?: (typeof organisations.$inferInsert)["type"];
  } = {},
) {
  const marker = options.marker ?? "";
  const [org] = await db
    .insert(organisations)
    .values({
      type: options.type ?? "primary",
      name: options.name ?? `School ${unique()}`,
      registrationCode: options.registrationCode ?? unique().toUpperCase(),
    })
    .returning();
  const orgId = org!.id;
  const leader = await createUser(db, { name: "Leider" });
  const teacher = await createUser(db, { name: "Leraar" });
  const parent = await createUser(db, { name: "Ouder" });
  const data = await withOrg(db, { orgId, userId: null }, async (tx) => {
    const [year] = await tx
      .insert(schoolYears)
      .values({ orgId, name: "2026-2027", startsOn: "2026-08-24", endsOn: "2027-07-16" })
      .returning();
    const [groupA, groupB] = await tx
      .insert(groups)
      .values([
        { orgId, schoolYearId: year!.id, name: `${marker}Groep A` },
        { orgId, schoolYearId: year!.id, name: `${marker}Groep B` },
      ])
      .returning();
    await tx.insert(memberships).values([
      { orgId, userId: leader.id, role: "school_leader" as StaffRole },
      { orgId, userId: teacher.id, role: "teacher" as StaffRole },
    ]);
    await tx.insert(groupStaff).values({ orgId, groupId: groupA!.id, userId: teacher.id });
    const [child, other] = await tx
      .insert(pupils)
      .values([
        {
          orgId,
          pupilNumber: `A${unique()}`,
          firstName: `${marker}Kind`,
          surname: "Eigen",
          groupId: groupA!.id,
          dateOfBirth: "2017-05-01",
        },
        {
          orgId,
          pupilNumber: `B${unique()}`,
          firstName: `${marker}Ander`,
          surname: "Kind",
          groupId: groupB!.id,
          dateOfBirth: "2017-06-01",
        },
      ])
      .returning();
    const [guardian, otherGuardian] = await tx
      .insert(guardians)
      .values([
        { orgId, userId: parent.id, name: `${marker}Ouder`, email: parent.email },
        { orgId, name: `${marker}Andere Ouder`, email: `ander-${unique()}@example.nl` },
      ])
      .returning();
    await tx.insert(pupilGuardians).values([
      { orgId, pupilId: child!.id, guardianId: guardian!.id },
      { orgId, pupilId: other!.id, guardianId: otherGuardian!.id },
    ]);
    return {
      year: year!,
      groupA: groupA!,
      groupB: groupB!,
      child: child!,
      other: other!,
      guardian: guardian!,
      otherGuardian: otherGuardian!,
    };
  });
  return { org: org!, orgId, leader, teacher, parent, ...data };
}

/** Another parent with an account, guardian of the school's child in group A (`child`) or B (`other`). */
export async function createParent(
  db: Db,
  school: Pick<Awaited<ReturnType<typeof createSchool>>, "orgId" | "child" | "other">,
  name: string,
  of: "child" | "other" = "other",
) {
  const user = await createUser(db, { name });
  await withOrg(db, { orgId: school.orgId, userId: null }, async (tx) => {
    const [guardian] = await tx
      .insert(guardians)
      .values({ orgId: school.orgId, userId: user.id, name, email: user.email })
      .returning();
    await tx.insert(pupilGuardians).values({ orgId: school.orgId, pupilId: school[of].id, guardianId: guardian!.id });
  });
  return user;
}

/**
 * Runs `body` while the group is called `name` (as the demo calls its groups "7"), then gives the
 * group its old name back, so that the other tests of a shared school see it unchanged.
 */
export async function withGroupNamed(
  db: Db,
  group: { orgId: string; id: string; name: string },
  name: string,
  body: () => Promise<void>,
): Promise<void> {
  const rename = (to: string) =>
    withOrg(db, { orgId: group.orgId, userId: null }, (tx) =>
      tx.update(groups).set({ name: to }).where(eq(groups.id, group.id)),
    );
  await rename(name);
  try {
    await body();
  } finally {
    await rename(group.name);
  }
}

/**
 * `count` more children (not archived) in the group, each with one guardian who has no e-mail
 * address: people a class's open link serves (its pupils, and parents who get no mail).
 */
export async function addPupils(db: Db, group: { orgId: string; id: string }, count: number): Promise<void> {
  if (count <= 0) return;
  await withOrg(db, { orgId: group.orgId, userId: null }, async (tx) => {
    const children = await tx
      .insert(pupils)
      .values(
        Array.from({ length: count }, (_, n) => ({
          orgId: group.orgId,
          pupilNumber: `P${unique()}`,
          firstName: `Leerling ${n + 1}`,
          surname: "Extra",
          groupId: group.id,
          dateOfBirth: "2017-09-01",
        })),
      )
      .returning({ id: pupils.id });
    const parents = await tx
      .insert(guardians)
      .values(children.map((_, n) => ({ orgId: group.orgId, name: `Ouder zonder e-mail ${n + 1}`, email: null })))
      .returning({ id: guardians.id });
    await tx
      .insert(pupilGuardians)
      .values(children.map((child, n) => ({ orgId: group.orgId, pupilId: child.id, guardianId: parents[n]!.id })));
  });
}
