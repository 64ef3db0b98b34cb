/**
 * The route walk's ids of this feature: a round of group A with the teacher's evening, a
 * conversation the parent booked, a request for a conversation and a note asking for
 * another time, each made as those people would, with the marker in its text.
 */
import { eq } from "drizzle-orm";
import { idFromRedirect, type IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { conversationAvailability, conversationOtherTimes } from "../../../db/schema/index.js";
import { VOICES } from "../domain/guide.js";
import { addAvailability } from "../service/availability.js";
import { createRound } from "../service/rounds.js";
import { conversationDay, roundFormFor } from "./fixtures.js";
import { bookingsOf, slotsOf } from "./queries.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  const { db } = ctx.database;
  const { orgId } = school;
  const form = roundFormFor(school, { name: `${marker} gesprekken`, groupIds: [school.groupA.id] });
  const round = await createRound({ db, orgId, userId: school.leader.id, form });
  const window = { date: conversationDay(), from: "18:00", to: "19:00" };
  await addAvailability({ db, orgId, userId: school.teacher.id, roundId: round.id, window });
  const [slot] = await slotsOf(db, orgId, round.id, school.teacher.id);

  const parent = await signedIn(school.parent.email);
  const path = `/conversations/rounds/${round.id}`;
  const asked = await parent.post(`${path}/other-time`, { pupilId: school.child.id, note: `${marker} liever overdag` });
  if (asked.status !== 303) throw new Error(`asking for another time failed with ${asked.status}`);
  const booked = await parent.post(`${path}/book`, { pupilId: school.child.id, slotId: slot!.id });
  if (booked.status !== 303) throw new Error(`booking failed with ${booked.status}`);
  const request = await parent.post("/conversations/requests", {
    pupilId: school.child.id,
    topic: "home",
    note: `${marker} thuis`,
  });

  const [booking] = await bookingsOf(db, orgId, round.id);
  const { windows, notes } = await withOrg(db, { orgId, userId: null }, async (tx) => ({
    windows: await tx
      .select({ id: conversationAvailability.id })
      .from(conversationAvailability)
      .where(eq(conversationAvailability.roundId, round.id)),
    notes: await tx.select({ id: conversationOtherTimes.id }).from(conversationOtherTimes),
  }));
  return {
    roundId: [round.id],
    windowId: windows.map((w) => w.id),
    bookingId: [booking!.booking.id],
    requestId: [idFromRedirect(request)],
    otherTimeId: notes.map((n) => n.id),
    voice: [...VOICES],
  };
};
