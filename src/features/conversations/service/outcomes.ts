/**
 * Reading agreements: one conversation's agreements with the parents' remarks, and the
 * agreements of the child's most recent earlier conversation, which the next one starts from.
 */
import { and, asc, desc, eq, lt, ne } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  conversationAgreementRemarks,
  conversationAgreements,
  conversationBookings,
  conversationOutcomes,
  conversationRounds,
  conversationSlots,
} from "../../../db/schema/index.js";
import { guardiansById } from "../../pupils/index.js";
import type { Conversation } from "./conversation-access.js";
import { bookingOfOutcome, roundOfBooking, slotOfBooking } from "./joins.js";

export type Agreement = Pick<typeof conversationAgreements.$inferSelect, "party" | "what" | "dueOn">;

export interface ConversationOutcome {
  followUpOn: string | null;
  recordedAt: Date;
  agreements: Agreement[];
  remarks: { guardianId: string; name: string; remark: string }[];
}

export interface PastAgreements extends Omit<ConversationOutcome, "remarks"> {
  roundName: string;
  startsAt: Date;
}

export async function outcomeOf(tx: Tx, orgId: string, bookingId: string): Promise<ConversationOutcome | null> {
  const [outcome] = await tx
    .select()
    .from(conversationOutcomes)
    .where(ofOrg(conversationOutcomes, orgId, { bookingId }));
  if (!outcome) return null;
  const agreements = await tx
    .select({
      party: conversationAgreements.party,
      what: conversationAgreements.what,
      dueOn: conversationAgreements.dueOn,
    })
    .from(conversationAgreements)
    .where(ofOrg(conversationAgreements, orgId, { bookingId }))
    .orderBy(asc(conversationAgreements.position));
  const written = await tx
    .select({ guardianId: conversationAgreementRemarks.guardianId, remark: conversationAgreementRemarks.remark })
    .from(conversationAgreementRemarks)
    .where(ofOrg(conversationAgreementRemarks, orgId, { bookingId }));
  // By the guardians' names, as the directory orders them.
  const byName = await guardiansById(
    tx,
    orgId,
    written.map((r) => r.guardianId),
  );
  const remarks = byName.flatMap(({ guardianId, name }) =>
    written.filter((r) => r.guardianId === guardianId).map((r) => ({ guardianId, name, remark: r.remark })),
  );
  return { followUpOn: outcome.followUpOn, recordedAt: outcome.recordedAt, agreements, remarks };
}

/**
 * The agreements of the child's most recent earlier conversation. A parent sees them only
 * when that conversation was theirs too (guardians who live apart keep their own).
 */
export async function previousAgreementsOf(
  tx: Tx,
  orgId: string,
  conversation: Conversation,
): Promise<PastAgreements | null> {
  const rows = await tx
    .select({ booking: conversationBookings, roundName: conversationRounds.name, startsAt: conversationSlots.startsAt })
    .from(conversationOutcomes)
    .innerJoin(conversationBookings, bookingOfOutcome)
    .innerJoin(conversationSlots, slotOfBooking)
    .innerJoin(conversationRounds, roundOfBooking)
    .where(
      and(
        eq(conversationOutcomes.orgId, orgId),
        eq(conversationBookings.pupilId, conversation.pupilId),
        ne(conversationBookings.id, conversation.bookingId),
        lt(conversationSlots.startsAt, conversation.startsAt),
      ),
    )
    .orderBy(desc(conversationSlots.startsAt), desc(conversationSlots.id));
  const visible = rows.find(
    (r) => conversation.asTeacher || !r.booking.separate || r.booking.guardianId === conversation.guardianId,
  );
  if (!visible) return null;
  const outcome = await outcomeOf(tx, orgId, visible.booking.id);
  if (!outcome) return null;
  return {
    roundName: visible.roundName,
    startsAt: visible.startsAt,
    followUpOn: outcome.followUpOn,
    recordedAt: outcome.recordedAt,
    agreements: outcome.agreements,
  };
}
