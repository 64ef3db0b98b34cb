/**
 * The whole school books in the same minute: many simultaneous requests at the real database.
 * On PostgreSQL they run in parallel transactions on a pool; on PGlite they are serialised,
 * and the same guarantees must hold.
 */
import { describe, expect, it } from "vitest";
import { TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { createSession } from "../../auth/sessions.js";
import { withOrg } from "../../db/client.js";
import { guardians, pupilGuardians, pupils } from "../../db/schema/index.js";
import { bookTogether } from "./service/booking.js";
import {
  createConversationSchool,
  createRoundWithSlots,
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
