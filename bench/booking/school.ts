/**
 * The school of the booking bench: one organisation with a teacher per group and, per
 * group, families of one guardian (with an account) and one child. The people are inserted
 * in bulk (the import would take minutes for 2,000 families); the rounds, the teachers'
 * availability and so the slots are made by the real services.
 */
import { randomBytes } from "node:crypto";
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
import { utcToLocal } from "../../src/lib/time/zone.js";
import { addAvailability } from "../../src/features/conversations/service/availability.js";
import { createRound } from "../../src/features/conversations/service/rounds.js";

const HOUR = 3_600_000;
const CHUNK = 500;

export interface Family {
  userId: string;
  pupilId: string;
  groupIndex: number;
  /** Position of the family within its group. */
  indexInGroup: number;
}

export interface BenchSchool {
  orgId: string;
  leaderId: string;
  teacherIds: string[];
  groupIds: string[];
  families: Family[];
}

const tag = () => randomBytes(4).toString("hex");

async function insertUsers(db: Db, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < names.length; i += CHUNK) {
    const rows = names.slice(i, i + CHUNK).map((name) => ({ name, email: `${tag()}-${i}@bench.example` }));
    ids.push(...(await db.insert(users).values(rows).returning({ id: users.id })).map((r) => r.id));
  }
  return ids;
}

/** An organisation with `groupCount` groups, a teacher each, and `familiesPerGroup` families per group. */
export async function createBenchSchool(db: Db, groupCount: number, familiesPerGroup: number): Promise<BenchSchool> {
  const [org] = await db
    .insert(organisations)
    .values({ type: "primary", name: "Bench school", registrationCode: tag().toUpperCase() })
    .returning();
  const orgId = org!.id;
  const [leaderId] = await insertUsers(db, ["Leider"]);
  const teacherIds = await insertUsers(
    db,
    Array.from({ length: groupCount }, (_, g) => `Leraar ${g + 1}`),
  );
  const parentIds = await insertUsers(
    db,
    Array.from({ length: groupCount * familiesPerGroup }, (_, i) => `Ouder ${i + 1}`),
  );
  return withOrg(db, { orgId, userId: null }, async (tx) => {
    const [year] = await tx
      .insert(schoolYears)
      .values({ orgId, name: "2026-2027", startsOn: "2026-08-24", endsOn: "2027-07-16" })
      .returning();
    const groupRows = await tx
      .insert(groups)
      .values(teacherIds.map((_, g) => ({ orgId, schoolYearId: year!.id, name: `Groep ${g + 1}` })))
      .returning({ id: groups.id });
    const groupIds = groupRows.map((r) => r.id);
    await tx
      .insert(memberships)
      .values([
        { orgId, userId: leaderId!, role: "school_leader" as const },
        ...teacherIds.map((userId) => ({ orgId, userId, role: "teacher" as const })),
      ]);
    await tx.insert(groupStaff).values(teacherIds.map((userId, g) => ({ orgId, groupId: groupIds[g]!, userId })));
    const families: Family[] = [];
    for (let i = 0; i < parentIds.length; i += CHUNK) {
      const batch = parentIds.slice(i, i + CHUNK).map((userId, k) => {
        const n = i + k;
        return { userId, groupIndex: n % groupCount, indexInGroup: Math.floor(n / groupCount) };
      });
      const guardianRows = await tx
        .insert(guardians)
        .values(batch.map((f) => ({ orgId, userId: f.userId, name: "Ouder", email: `${tag()}@bench.example` })))
        .returning({ id: guardians.id });
      const pupilRows = await tx
        .insert(pupils)
        .values(
          batch.map((f) => ({ orgId, firstName: `Kind ${tag()}`, surname: "Bench", groupId: groupIds[f.groupIndex]! })),
        )
        .returning({ id: pupils.id });
      await tx
        .insert(pupilGuardians)
        .values(pupilRows.map((p, k) => ({ orgId, pupilId: p.id, guardianId: guardianRows[k]!.id })));
      batch.forEach((f, k) => families.push({ ...f, pupilId: pupilRows[k]!.id }));
    }
    return { orgId, leaderId: leaderId!, teacherIds, groupIds, families };
  });
}

/**
 * A first-come round for every group, open now, with each teacher available on one evening
 * `daysAhead` days from now from `from` to `to` (10-minute slots).
 */
export async function createBenchRound(
  db: Db,
  school: BenchSchool,
  options: { name: string; daysAhead: number; from: string; to: string },
): Promise<string> {
  const now = Date.now();
  const round = await createRound({
    db,
    orgId: school.orgId,
    userId: school.leaderId,
    form: {
      name: options.name,
      kind: "parent_teacher",
      mode: "first_come",
      groupIds: school.groupIds,
      slotSettings: { slotMinutes: 10, breakEvery: null, breaks: [] },
      bufferMinutes: 5,
      toleranceMinutes: 15,
      opensAt: new Date(now - HOUR),
      closesAt: new Date(now + 7 * 24 * HOUR),
      changeDeadline: new Date(now + 6 * 24 * HOUR),
      separateGuardianBookings: false,
    },
  });
  const date = utcToLocal(new Date(now + options.daysAhead * 24 * HOUR)).date;
  for (const teacherId of school.teacherIds) {
    await addAvailability({
      db,
      orgId: school.orgId,
      userId: teacherId,
      roundId: round.id,
      window: { date, from: options.from, to: options.to },
    });
  }
  return round.id;
}
