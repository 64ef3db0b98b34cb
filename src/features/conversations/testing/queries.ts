/** What tests read back from the database: the round's bookings and slots, and the mail a person got. */
import { asc, desc, eq } from "drizzle-orm";
import { withOrg, type Db } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings, conversationSlots, outbox } from "../../../db/schema/index.js";
import { slotOfBooking, slotsOfTeacherIn } from "../service/joins.js";

export function bookingsOf(db: Db, orgId: string, roundId: string) {
  return withOrg(db, { orgId, userId: null }, (tx) =>
    tx
      .select({ booking: conversationBookings, slot: conversationSlots })
      .from(conversationBookings)
      .innerJoin(conversationSlots, slotOfBooking)
      .where(ofOrg(conversationBookings, orgId, { roundId }))
      .orderBy(asc(conversationSlots.startsAt)),
  );
}

/** The slots of one teacher in the round, by start. */
export function slotsOf(db: Db, orgId: string, roundId: string, teacherId: string) {
  return withOrg(db, { orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(conversationSlots)
      .where(slotsOfTeacherIn({ orgId, userId: teacherId }, roundId))
      .orderBy(asc(conversationSlots.startsAt)),
  );
}

/** Every mail to an address, newest first. */
export function mailsTo(db: Db, to: string) {
  return db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt), desc(outbox.id));
}
