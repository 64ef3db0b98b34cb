/**
 * The demo's conversation round: three-way conversations for groups 4, 7 and 8 of
 * De Regenboog, open for booking now, with the teachers' evenings filled in through the
 * real services and a few families already booked. The demo parent (two children, in
 * groups 4 and 7) can book both back to back; group 7's teacher can add times. Like the rest
 * of the demo it writes the school's tables directly: it makes a school, it does not use one.
 */
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { withOrg, type Db } from "../db/client.js";
import {
  conversationBookings,
  groupStaff,
  groups,
  memberships,
  pupilGuardians,
  pupils,
  users,
} from "../db/schema/index.js";
import { localToUtc, utcToLocal } from "../lib/time/zone.js";
import { daysBetween, schoolDayIn, schoolToday } from "../lib/time/school-date.js";
import { addAvailability } from "../features/conversations/service/availability.js";
import { createRound } from "../features/conversations/service/rounds.js";
import { freeSlotsOf } from "../features/conversations/service/free-slots.js";

const DAY = 24 * 3_600_000;
/** The local date some days from now. */
const dateIn = (days: number) => utcToLocal(new Date(Date.now() + days * DAY)).date;
export const DEMO_TEACHER_GROUP_4 = "juf.sanne@regenboog.example";

/** Creates the round; returns the extra demo account (the teacher of group 4). */
export async function seedConversationDemo(
  db: Db,
  school: { orgId: string; leaderEmail: string; teacherEmails: string[] },
): Promise<{ role: string; email: string }[]> {
  const { orgId } = school;
  const [sanne] = await db.insert(users).values({ email: DEMO_TEACHER_GROUP_4, name: "Sanne de Vries" }).returning();
  const byEmail = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, [school.leaderEmail, ...school.teacherEmails]));
  const idOf = (email: string) => byEmail.find((u) => u.email === email)?.id ?? "";
  const demoGroups = await withOrg(db, { orgId, userId: null }, async (tx) => {
    const found = await tx
      .select({ id: groups.id, name: groups.name })
      .from(groups)
      .where(and(eq(groups.orgId, orgId), inArray(groups.name, ["4", "7", "8"])))
      .orderBy(asc(groups.name));
    const group4 = found.find((g) => g.name === "4")?.id ?? "";
    await tx.insert(memberships).values({ orgId, userId: sanne!.id, role: "teacher" });
    await tx.insert(groupStaff).values({ orgId, groupId: group4, userId: sanne!.id });
    return found;
  });
  const now = Date.now();
  const round = await createRound({
    db,
    orgId,
    userId: idOf(school.leaderEmail),
    form: {
      name: "Driehoeksgesprekken najaar",
      kind: "three_way",
      mode: "first_come",
      groupIds: demoGroups.map((g) => g.id),
      slotSettings: { slotMinutes: 15, breakEvery: { slots: 6, minutes: 10 }, breaks: [] },
      bufferMinutes: 5,
      toleranceMinutes: 15,
      opensAt: new Date(now - (now % 3_600_000) - 3_600_000),
      closesAt: localToUtc(dateIn(12), "20:00"),
      changeDeadline: localToUtc(dateIn(12), "20:00"),
      separateGuardianBookings: false,
    },
  });
  // Two school days in a row, a fortnight on.
  const first = schoolDayIn(14);
  const days = [first, schoolDayIn(daysBetween(schoolToday(), first) + 1)];
  const teachers = [sanne!.id, ...school.teacherEmails.map(idOf)];
  for (const teacherId of teachers) {
    for (const [date, from, to] of [
      [days[0]!, "15:00", "17:00"],
      [days[1]!, "19:00", "21:00"],
    ] as const) {
      await addAvailability({ db, orgId, userId: teacherId, roundId: round.id, window: { date, from, to } });
    }
  }
  await bookSomeFamilies(db, orgId, round.id, teachers);
  return [{ role: "teacher group 4", email: DEMO_TEACHER_GROUP_4 }];
}

/** Every third slot of each teacher goes to a family of their group, so schedules are not empty. */
async function bookSomeFamilies(db: Db, orgId: string, roundId: string, teacherIds: string[]) {
  for (const teacherId of teacherIds) {
    await withOrg(db, { orgId, userId: null }, async (tx) => {
      const slots = (await freeSlotsOf(tx, orgId, roundId, [teacherId])).filter((_, i) => i % 3 === 0);
      const families = await tx
        .selectDistinctOn([pupils.id], { pupilId: pupils.id, guardianId: pupilGuardians.guardianId })
        .from(pupils)
        .innerJoin(groupStaff, and(eq(groupStaff.orgId, pupils.orgId), eq(groupStaff.groupId, pupils.groupId)))
        .innerJoin(pupilGuardians, and(eq(pupilGuardians.orgId, pupils.orgId), eq(pupilGuardians.pupilId, pupils.id)))
        .where(
          and(
            eq(pupils.orgId, orgId),
            eq(groupStaff.userId, teacherId),
            // The demo parent's children stay free to book.
            notInArray(pupils.pupilNumber, ["2001", "2002"]),
          ),
        )
        .orderBy(pupils.id)
        .limit(slots.length);
      const rows = families.map((family, i) => ({
        orgId,
        roundId,
        slotId: slots[i]!.id,
        pupilId: family.pupilId,
        guardianId: family.guardianId,
        separate: false,
      }));
      if (rows.length) await tx.insert(conversationBookings).values(rows);
    });
  }
}
