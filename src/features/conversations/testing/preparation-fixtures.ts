/**
 * Test data for the guide: a school with a three-way round whose first slot of group A's
 * teacher is booked by the family (over HTTP, as a parent would), signed-in clients for each
 * role.
 */
import { signIn, type TestContext } from "../../../../tests/helpers/app.js";
import { withOrg, type Db } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationPrivateNotes } from "../../../db/schema/index.js";
import { createConversationSchool, createRoundWithSlots, type ConversationSchool } from "./fixtures.js";
import { bookingsOf, slotsOf } from "./queries.js";

/** A booked three-way conversation of the school's child with group A's teacher. */
export async function bookedConversation(ctx: TestContext, school?: ConversationSchool) {
  const db = ctx.database.db;
  const s = school ?? (await createConversationSchool(db));
  const { round } = await createRoundWithSlots(db, s);
  const [slot] = await slotsOf(db, s.orgId, round.id, s.teacher.id);
  const parent = await signIn(ctx, s.parent.email);
  await parent.post(`/conversations/rounds/${round.id}/book`, { pupilId: s.child.id, slotId: slot!.id });
  const [booked] = await bookingsOf(db, s.orgId, round.id);
  const bookingId = booked!.booking.id;
  return { school: s, round, slot: slot!, bookingId, parent, base: `/conversations/bookings/${bookingId}` };
}

/** The private notes of a booking as someone sees them through row-level security. */
export function notesSeenBy(db: Db, orgId: string, userId: string | null, bookingId: string) {
  return withOrg(db, { orgId, userId }, (tx) =>
    tx
      .select()
      .from(conversationPrivateNotes)
      .where(ofOrg(conversationPrivateNotes, orgId, { bookingId })),
  );
}
