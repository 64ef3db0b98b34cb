/**
 * Agreements after a three-way conversation: the teacher records who does what by when and
 * a follow-up date; parents read them and add a remark. Recording queues the follow-up
 * reminder for the morning of that date. The next conversation with the same child starts
 * from the most recent earlier agreements.
 */
import { and, asc, desc, eq, lt, ne } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import {
  conversationAgreementRemarks,
  conversationAgreements,
  conversationBookings,
  conversationOutcomes,
  conversationRounds,
  conversationSlots,
  guardians,
} from "../../../db/schema/index.js";
import type { Deps } from "../../../web/env.js";
import type { AgreementsInput } from "../preparation-schemas.js";
import { conversationFor, parentConversation, teacherConversation, type Conversation } from "./conversation-access.js";
import { queueFollowUp } from "./follow-up.js";
import { inOrg, type ServiceScope } from "./scope.js";

export type Agreement = Pick<typeof conversationAgreements.$inferSelect, "party" | "what" | "dueOn">;

export interface Outcome {
  followUpOn: string | null;
  recordedAt: Date;
  agreements: Agreement[];
  remarks: { guardianId: string; name: string; remark: string }[];
}

export interface PastAgreements extends Omit<Outcome, "remarks"> {
  roundName: string;
  startsAt: Date;
}

export async function outcomeOf(tx: Tx, orgId: string, bookingId: string): Promise<Outcome | null> {
  const [outcome] = await tx
    .select()
    .from(conversationOutcomes)
    .where(and(eq(conversationOutcomes.orgId, orgId), eq(conversationOutcomes.bookingId, bookingId)));
  if (!outcome) return null;
  const agreements = await tx
    .select({
      party: conversationAgreements.party,
      what: conversationAgreements.what,
      dueOn: conversationAgreements.dueOn,
    })
    .from(conversationAgreements)
    .where(and(eq(conversationAgreements.orgId, orgId), eq(conversationAgreements.bookingId, bookingId)))
    .orderBy(asc(conversationAgreements.position));
  const remarks = await tx
    .select({
      guardianId: conversationAgreementRemarks.guardianId,
      name: guardians.name,
      remark: conversationAgreementRemarks.remark,
    })
    .from(conversationAgreementRemarks)
    .innerJoin(
      guardians,
      and(
        eq(guardians.orgId, conversationAgreementRemarks.orgId),
        eq(guardians.id, conversationAgreementRemarks.guardianId),
      ),
    )
    .where(and(eq(conversationAgreementRemarks.orgId, orgId), eq(conversationAgreementRemarks.bookingId, bookingId)))
    .orderBy(asc(guardians.name));
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
    .innerJoin(
      conversationBookings,
      and(
        eq(conversationBookings.orgId, conversationOutcomes.orgId),
        eq(conversationBookings.id, conversationOutcomes.bookingId),
      ),
    )
    .innerJoin(
      conversationSlots,
      and(
        eq(conversationSlots.orgId, conversationBookings.orgId),
        eq(conversationSlots.id, conversationBookings.slotId),
      ),
    )
    .innerJoin(
      conversationRounds,
      and(
        eq(conversationRounds.orgId, conversationBookings.orgId),
        eq(conversationRounds.id, conversationBookings.roundId),
      ),
    )
    .where(
      and(
        eq(conversationOutcomes.orgId, orgId),
        eq(conversationBookings.pupilId, conversation.pupilId),
        ne(conversationBookings.id, conversation.bookingId),
        lt(conversationSlots.startsAt, conversation.startsAt),
      ),
    )
    .orderBy(desc(conversationSlots.startsAt));
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

export interface AgreementsPageData {
  conversation: Conversation;
  outcome: Outcome | null;
}

export function agreementsPage(scope: ServiceScope & { bookingId: string }): Promise<AgreementsPageData> {
  return inOrg(scope, async (tx) => {
    const conversation = await conversationFor(tx, scope, scope.bookingId);
    return { conversation, outcome: await outcomeOf(tx, scope.orgId, conversation.bookingId) };
  });
}

/** Replaces the agreements and the follow-up date; a new date queues its reminder. */
export async function recordAgreements(
  scope: ServiceScope & { bookingId: string; input: AgreementsInput; now: Date; jobs: Deps["jobs"] },
): Promise<void> {
  const { orgId, input } = scope;
  const queued = await inOrg(scope, async (tx) => {
    const conversation = await teacherConversation(tx, scope, scope.bookingId);
    const bookingId = conversation.bookingId;
    const outcome = { orgId, bookingId, followUpOn: input.followUpOn, recordedBy: scope.userId, recordedAt: scope.now };
    const [before] = await tx
      .select({ followUpOn: conversationOutcomes.followUpOn })
      .from(conversationOutcomes)
      .where(and(eq(conversationOutcomes.orgId, orgId), eq(conversationOutcomes.bookingId, bookingId)));
    await tx
      .insert(conversationOutcomes)
      .values(outcome)
      .onConflictDoUpdate({ target: [conversationOutcomes.orgId, conversationOutcomes.bookingId], set: outcome });
    await tx
      .delete(conversationAgreements)
      .where(and(eq(conversationAgreements.orgId, orgId), eq(conversationAgreements.bookingId, bookingId)));
    await tx
      .insert(conversationAgreements)
      .values(input.agreements.map((a, position) => ({ orgId, bookingId, position, ...a })));
    const changed = input.followUpOn !== null && input.followUpOn !== before?.followUpOn;
    return changed ? { bookingId, followUpOn: input.followUpOn } : null;
  });
  // After the commit: the job reads what was stored. A job for an earlier date finds the date
  // changed and does nothing.
  if (queued?.followUpOn) await queueFollowUp(scope.jobs, { orgId, ...queued, followUpOn: queued.followUpOn });
}

/** A parent's remark on the agreements; refused while there are none yet. */
export function saveRemark(
  scope: ServiceScope & { bookingId: string; remark: string; now: Date },
): Promise<{ ok: true } | { ok: false; reason: "noAgreements" }> {
  return inOrg(scope, async (tx) => {
    const conversation = await parentConversation(tx, scope, scope.bookingId);
    if (!(await outcomeOf(tx, scope.orgId, conversation.bookingId))) return { ok: false, reason: "noAgreements" };
    const row = {
      orgId: scope.orgId,
      bookingId: conversation.bookingId,
      guardianId: conversation.guardianId,
      remark: scope.remark,
      updatedAt: scope.now,
    };
    await tx
      .insert(conversationAgreementRemarks)
      .values(row)
      .onConflictDoUpdate({
        target: [
          conversationAgreementRemarks.orgId,
          conversationAgreementRemarks.bookingId,
          conversationAgreementRemarks.guardianId,
        ],
        set: row,
      });
    return { ok: true };
  });
}

/** 404 unless the viewer is this conversation's teacher (or a parent in it): before showing a form's errors. */
export function requireSide(scope: ServiceScope & { bookingId: string }, side: "teacher" | "parent"): Promise<void> {
  return inOrg(scope, async (tx) => {
    if (side === "teacher") await teacherConversation(tx, scope, scope.bookingId);
    else await parentConversation(tx, scope, scope.bookingId);
  });
}
