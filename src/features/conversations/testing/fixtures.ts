/**
 * Test data for conversation rounds, made with the real services: a school (tests/helpers
 * factories) with a teacher for each of its two groups, a family with a child in each group
 * and two guardians who both sign in, and a round with both teachers' times filled in.
 */
import type { Db } from "../../../db/client.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { groupStaff, guardians, memberships, pupilGuardians, pupils } from "../../../db/schema/index.js";
import { createSchool, createUser, unique } from "../../../../tests/helpers/factories.js";
import { localToUtc, utcToLocal } from "../../../lib/time/zone.js";
import type { RoundForm } from "../schemas.js";
import { addAvailability } from "../service/availability.js";
import type { Messenger } from "../service/notices.js";
import { createRound } from "../service/rounds.js";

/** For services called directly in a test: mails go nowhere. */
export const quietMessenger: Messenger = {
  publicUrl: "http://localhost:3000",
  jobs: { send: async () => null },
  noReplyAddress: "noreply@samen.example",
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The school of createSchool (or the organisation given, such as a daycare), plus a teacher for
 * group B, a sibling in group B, a second guardian of both children, and an account for the
 * guardian of the other child.
 */
export async function createConversationSchool(db: Db, made?: Awaited<ReturnType<typeof createSchool>>) {
  const school = made ?? (await createSchool(db));
  const { orgId } = school;
  const teacherB = await createUser(db, { name: "Meester B" });
  const partner = await createUser(db, { name: "Tweede Ouder" });
  const otherParent = await createUser(db, { name: "Andere Ouder", email: school.otherGuardian.email ?? undefined });
  const family = await withOrg(db, { orgId, userId: null }, async (tx) => {
    await tx.insert(memberships).values({ orgId, userId: teacherB.id, role: "teacher" });
    await tx
      .update(guardians)
      .set({ userId: otherParent.id })
      .where(ofOrg(guardians, orgId, { id: school.otherGuardian.id }));
    await tx.insert(groupStaff).values({ orgId, groupId: school.groupB.id, userId: teacherB.id });
    const [sibling] = await tx
      .insert(pupils)
      .values({ orgId, pupilNumber: `S${unique()}`, firstName: "Broer", surname: "Eigen", groupId: school.groupB.id })
      .returning();
    const [partnerGuardian] = await tx
      .insert(guardians)
      .values({ orgId, userId: partner.id, name: "Tweede Ouder", email: partner.email })
      .returning();
    await tx.insert(pupilGuardians).values([
      { orgId, pupilId: sibling!.id, guardianId: school.guardian.id },
      { orgId, pupilId: school.child.id, guardianId: partnerGuardian!.id },
      { orgId, pupilId: sibling!.id, guardianId: partnerGuardian!.id },
    ]);
    return { sibling: sibling!, partnerGuardian: partnerGuardian! };
  });
  return { ...school, teacherB, partner, otherParent, ...family };
}

export type ConversationSchool = Awaited<ReturnType<typeof createConversationSchool>>;

/** A new teacher of group A, with no times yet. */
export async function newTeacherOfGroupA(db: Db, school: ConversationSchool, name = "Juf Nieuw") {
  const teacher = await createUser(db, { name });
  await withOrg(db, { orgId: school.orgId, userId: null }, async (tx) => {
    await tx.insert(memberships).values({ orgId: school.orgId, userId: teacher.id, role: "teacher" });
    await tx.insert(groupStaff).values({ orgId: school.orgId, groupId: school.groupA.id, userId: teacher.id });
  });
  return teacher;
}

/** A round for both groups: open now, closes in a week, changes until six days from now. */
export function roundFormFor(
  school: Pick<ConversationSchool, "groupA" | "groupB">,
  overrides: Partial<RoundForm> = {},
): RoundForm {
  const now = Date.now();
  return {
    name: `Driehoeksgesprekken ${unique()}`,
    kind: "three_way",
    mode: "first_come",
    groupIds: [school.groupA.id, school.groupB.id],
    slotSettings: { slotMinutes: 10, breakEvery: null, breaks: [] },
    bufferMinutes: 5,
    toleranceMinutes: 15,
    opensAt: new Date(now - HOUR),
    closesAt: new Date(now + 7 * DAY),
    changeDeadline: new Date(now + 6 * DAY),
    separateGuardianBookings: false,
    ...overrides,
  };
}

/** The local date ten days from now: conversations always lie in the future. */
export function conversationDay(daysAhead = 10): string {
  return utcToLocal(new Date(Date.now() + daysAhead * DAY)).date;
}

/**
 * Creates the round and gives the teachers (default: those of the round's groups) an evening
 * from 18:00 to `until` (10-minute slots: 6 per hour).
 */
export async function createRoundWithSlots(
  db: Db,
  school: ConversationSchool,
  options: {
    overrides?: Partial<RoundForm>;
    until?: string;
    teachers?: { id: string }[];
    from?: string;
    day?: number;
  } = {},
) {
  const form = roundFormFor(school, options.overrides);
  const round = {
    ...(await createRound({ db, orgId: school.orgId, userId: school.leader.id, form })),
    groupIds: form.groupIds,
  };
  // A teacher is in one round at a time: a second round of theirs needs another day or later times.
  const window = { date: conversationDay(options.day), from: options.from ?? "18:00", to: options.until ?? "19:00" };
  const groupIds = round.groupIds ?? [];
  const teachers =
    options.teachers ??
    [
      { id: school.teacher.id, groupId: school.groupA.id },
      { id: school.teacherB.id, groupId: school.groupB.id },
    ].filter((t) => groupIds.includes(t.groupId));
  for (const teacher of teachers) {
    await addAvailability({ db, orgId: school.orgId, userId: teacher.id, roundId: round.id, window });
  }
  return { round, firstSlotStart: localToUtc(window.date, window.from) };
}
