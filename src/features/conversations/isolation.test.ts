/** People of school A aimed at school B's round, slots and bookings: nothing shown, nothing changed. */
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { bookingsOf, slotsOf } from "./testing/queries.js";

const ctx = useTestContext();

describe("conversation rounds of another organisation", () => {
  it("are invisible and unchangeable for every role of another school", async () => {
    const db = ctx.database.db;
    const a = await createConversationSchool(db);
    const b = await createConversationSchool(db);
    const { round } = await createRoundWithSlots(db, b);
    const slots = await slotsOf(db, b.orgId, round.id, b.teacher.id);
    const parentB = await signIn(ctx, b.parent.email);
    await parentB.post(`/conversations/rounds/${round.id}/book`, { pupilId: b.child.id, slotId: slots[0]!.id });
    const [booking] = await bookingsOf(db, b.orgId, round.id);
    const before = JSON.stringify(await bookingsOf(db, b.orgId, round.id));

    const base = `/conversations/rounds/${round.id}`;
    const leader = await signIn(ctx, a.leader.email);
    const teacher = await signIn(ctx, a.teacher.email);
    const parent = await signIn(ctx, a.parent.email);
    const attempts = [
      leader.get(base),
      leader.post(`${base}/allocate`),
      leader.get(`${base}/publish`),
      leader.post(`${base}/publish`),
      teacher.get(`${base}/availability`),
      teacher.post(`${base}/availability`, { date: "2026-12-01", from: "18:00", to: "19:00" }),
      teacher.get(`${base}/schedule`),
      parent.get(`${base}/book`),
      parent.post(`${base}/book`, { pupilId: b.child.id, slotId: slots[1]!.id }),
      parent.post(`${base}/book`, { pupilId: a.child.id, slotId: slots[1]!.id }),
      parent.post(`/conversations/bookings/${booking!.booking.id}/change`, { slotId: slots[2]!.id }),
      parent.post(`/conversations/bookings/${booking!.booking.id}/cancel`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(round.name);
    }
    expect(JSON.stringify(await bookingsOf(db, b.orgId, round.id))).toBe(before);
    expect(await (await leader.get("/conversations")).text()).not.toContain(round.name);
  });
});
