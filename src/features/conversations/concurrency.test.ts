/**
 * The whole school books in the same minute: many simultaneous requests at the real database.
 * On PostgreSQL they run in parallel transactions on a pool; on PGlite they are serialised,
 * and the same guarantees must hold. Likewise a teacher's times made from two sides at once.
 */
import { describe, expect, it } from "vitest";
import { TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { createSession } from "../../auth/sessions.js";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { conversationSlots, guardians, pupilGuardians, pupils } from "../../db/schema/index.js";
import { localToUtc } from "../../lib/time/zone.js";
import { bookTogether } from "./service/booking.js";
import { findRound } from "./service/find-round.js";
import { handOverSlots } from "./service/former-teacher.js";
import { teacherSlotAt } from "./service/teacher-slot.js";
import {
  conversationDay,
  createConversationSchool,
  createRoundWithSlots,
  newTeacherOfGroupA,
  quietMessenger,
  type ConversationSchool,
} from "./testing/fixtures.js";
import { bookingsOf, slotsOf } from "./testing/queries.js";

const ctx = useTestContext();

const db = () => ctx.database.db;

/** Families of one guardian each, with a child in each of the given groups. */
async function addFamilies(school: ConversationSchool, count: number, groupIds: string[]) {
  const { orgId } = school;
  const parents: Awaited<ReturnType<typeof createUser>>[] = [];
  for (let i = 0; i < count; i++) parents.push(await createUser(db(), { name: `Ouder ${i}` }));
  return withOrg(db(), { orgId, userId: null }, async (tx) => {
    const families = [];
    for (const parent of parents) {
      const [guardian] = await tx
        .insert(guardians)
        .values({ orgId, userId: parent.id, name: parent.name, email: parent.email })
        .returning();
      const children = await tx
        .insert(pupils)
        .values(groupIds.map((groupId) => ({ orgId, firstName: `Kind ${unique()}`, surname: "Druk", groupId })))
        .returning();
      await tx
        .insert(pupilGuardians)
        .values(children.map((child) => ({ orgId, pupilId: child.id, guardianId: guardian!.id })));
      families.push({ parent, children });
    }
    return families;
  });
}

/** A signed-in browser for a parent (a session made directly: 25 sign-ins would hit the rate limit). */
async function browserOf(userId: string, page: string) {
  const token = await createSession(db(), {
    userId,
    fullyAuthenticated: true,
    policy: { idleMinutes: 60, absoluteHours: 1 },
  });
  const client = new TestClient(ctx.app);
  client.cookies.set("samen_session", token);
  expect((await client.get(page)).status).toBe(200);
  await client.get("/sign-in"); // the CSRF cookie, so the burst itself asks for nothing else
  return client;
}

describe("booking under contention", () => {
  it("never gives a slot twice or a child two slots, and answers all 50 simultaneous requests for 10 slots", async () => {
    const school = await createConversationSchool(db());
    const { round } = await createRoundWithSlots(db(), school, {
      overrides: { groupIds: [school.groupA.id] },
      until: "19:40",
    });
    const slots = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    expect(slots).toHaveLength(10);
    const page = `/conversations/rounds/${round.id}/book`;
    const families = await addFamilies(school, 25, [school.groupA.id]);
    const browsers = await Promise.all(families.map((f) => browserOf(f.parent.id, page)));

    // Every parent asks twice for their child, for two different slots, all at once.
    const requests = families.flatMap((family, i) =>
      [i % 10, (i * 7 + 3) % 10 === i % 10 ? (i + 1) % 10 : (i * 7 + 3) % 10].map((s) => ({
        browser: browsers[i]!,
        form: { pupilId: family.children[0]!.id, slotId: slots[s]!.id },
      })),
    );
    expect(requests).toHaveLength(50);
    const responses = await Promise.all(requests.map((r) => r.browser.post(page, r.form)));

    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 303 || s === 409)).toBe(true);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(await response.text()).toMatch(/net door iemand anders gekozen|U heeft al een gesprek voor dit kind/);
    }
    const bookings = await bookingsOf(db(), school.orgId, round.id);
    expect(new Set(bookings.map((b) => b.booking.slotId)).size).toBe(bookings.length);
    expect(new Set(bookings.map((b) => b.booking.pupilId)).size).toBe(bookings.length);
    expect(bookings).toHaveLength(statuses.filter((s) => s === 303).length);
    expect(bookings.length).toBeGreaterThanOrEqual(5);
    expect(bookings.length).toBeLessThanOrEqual(10);
  });

  it("books each sibling combination whole or not at all when families race for the same times", async () => {
    const school = await createConversationSchool(db());
    const { round } = await createRoundWithSlots(db(), school);
    const slotsA = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    const slotsB = await slotsOf(db(), school.orgId, round.id, school.teacherB.id);
    const families = await addFamilies(school, 12, [school.groupA.id, school.groupB.id]);

    // Overlapping combinations: family i wants A-slot i%3 and, back to back, B-slot i%3+2.
    const outcomes = await Promise.all(
      families.map((family, i) =>
        bookTogether({
          db: db(),
          orgId: school.orgId,
          userId: family.parent.id,
          roundId: round.id,
          now: new Date(),
          messenger: quietMessenger,
          requests: [
            { pupilId: family.children[0]!.id, slotId: slotsA[i % 3]!.id },
            { pupilId: family.children[1]!.id, slotId: slotsB[(i % 3) + 2]!.id },
          ],
        }),
      ),
    );

    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.reason === "slotTaken")).toBe(true);
    const bookings = await bookingsOf(db(), school.orgId, round.id);
    expect(bookings).toHaveLength(6);
    for (const family of families) {
      const mine = bookings.filter((b) => family.children.some((c) => c.id === b.booking.pupilId));
      expect([0, 2]).toContain(mine.length);
    }
  });
});

/**
 * Runs `first` in a transaction that stays open after it checked and wrote, and meanwhile `second`:
 * the interleaving where the second's check cannot see the first's write yet, unless it waits for
 * the first to end. On PGlite the second always waits (one connection).
 */
async function whileOpen<A, B>(
  scope: { orgId: string; userId: string },
  first: (tx: Tx) => Promise<A>,
  second: () => Promise<B>,
): Promise<[A, B]> {
  let wrote!: () => void;
  let release!: () => void;
  const written = new Promise<void>((resolve) => (wrote = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = withOrg(db(), scope, async (tx) => {
    const outcome = await first(tx);
    wrote();
    await released;
    return outcome;
  });
  await Promise.race([written, held]);
  const later = second();
  // Time for the second to finish unhindered, which only a lock stops.
  await Promise.race([later, new Promise((resolve) => setTimeout(resolve, 300))]);
  release();
  return Promise.all([held, later]);
}

describe("a teacher's times made from two sides at once", () => {
  /** A round with a time of a former teacher at 20:00 and a new teacher of group A, with no times yet. */
  async function handOverAndOwnTime() {
    const school = await createConversationSchool(db());
    const { round } = await createRoundWithSlots(db(), school);
    const teacher = await newTeacherOfGroupA(db(), school);
    const startsAt = localToUtc(conversationDay(), "20:00");
    const [former] = await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .insert(conversationSlots)
        .values({
          orgId: school.orgId,
          roundId: round.id,
          teacherId: null,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 600_000),
        })
        .returning(),
    );
    const handOver = (db: Db) =>
      handOverSlots({
        db,
        orgId: school.orgId,
        userId: school.leader.id,
        roundId: round.id,
        messenger: quietMessenger,
        form: { teacherId: teacher.id, slotIds: [former!.id] },
      });
    // The teacher's own time five minutes later, overlapping the former teacher's.
    const ownTime = async (tx: Tx) => {
      const scope = { db: db(), orgId: school.orgId, userId: teacher.id };
      return teacherSlotAt(
        tx,
        { ...scope, round: await findRound(tx, school.orgId, round.id) },
        new Date(startsAt.getTime() + 300_000),
      );
    };
    const own = { orgId: school.orgId, userId: teacher.id };
    return { school, round, teacher, handOver, ownTime, own };
  }

  async function expectNoOverlap(orgId: string, roundId: string, teacherId: string) {
    const slots = await slotsOf(db(), orgId, roundId, teacherId);
    const overlapping = slots.filter((a, i) =>
      slots.slice(i + 1).some((b) => a.startsAt < b.endsAt && b.startsAt < a.endsAt),
    );
    expect(overlapping).toEqual([]);
    expect(slots).toHaveLength(1);
  }

  it("refuses the hand-over when the teacher's own time is being made", async () => {
    const { school, round, teacher, handOver, ownTime, own } = await handOverAndOwnTime();
    const [made, handedOver] = await whileOpen(own, ownTime, () => handOver(db()));
    expect(typeof made).toBe("object");
    expect(handedOver).toMatchObject({ ok: false, reason: "clash" });
    await expectNoOverlap(school.orgId, round.id, teacher.id);
  });

  it("refuses the teacher's own time while a hand-over to them is being made", async () => {
    const { school, round, teacher, handOver, ownTime, own } = await handOverAndOwnTime();
    const leader = { orgId: school.orgId, userId: school.leader.id };
    const [handedOver, made] = await whileOpen(
      leader,
      (tx) => handOver(tx),
      () => withOrg(db(), own, ownTime),
    );
    expect(handedOver).toMatchObject({ ok: true, handedOver: 1 });
    expect(made).toBe("overlaps");
    await expectNoOverlap(school.orgId, round.id, teacher.id);
  });
});
