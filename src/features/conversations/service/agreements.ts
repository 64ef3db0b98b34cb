/**
 * Agreements after a three-way conversation: the teacher records who does what by when and
 * a follow-up date; parents read them and add a remark. Recording queues the follow-up
 * reminder for the morning of that date.
 */
import { ofOrg } from "../../../db/of-org.js";
import {
  conversationAgreementRemarks,
  conversationAgreements,
  conversationOutcomes,
} from "../../../db/schema/index.js";
import type { Deps } from "../../../web/env.js";
import type { AgreementsInput } from "../preparation-schemas.js";
import { conversationFor, parentConversation, teacherConversation, type Conversation } from "./conversation-access.js";
import { outcomeOf, type ConversationOutcome } from "./outcomes.js";
import { queueFollowUp } from "./follow-up.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";

export interface AgreementsPageData {
  conversation: Conversation;
  outcome: ConversationOutcome | null;
}

export function agreementsPage(scope: ViewerScope & { bookingId: string }): Promise<AgreementsPageData> {
  return inOrg(scope, async (tx) => {
    const conversation = await conversationFor(tx, scope, scope.bookingId);
    return { conversation, outcome: await outcomeOf(tx, scope.orgId, conversation.bookingId) };
  });
}

/** Replaces the agreements and the follow-up date; a new date queues its reminder. */
export async function recordAgreements(
  scope: ViewerScope & { bookingId: string; input: AgreementsInput; now: Date; jobs: Deps["jobs"] },
): Promise<void> {
  const { orgId, input } = scope;
  await inOrg(scope, async (tx) => {
    const conversation = await teacherConversation(tx, scope, scope.bookingId);
    const bookingId = conversation.bookingId;
    const outcome = { orgId, bookingId, followUpOn: input.followUpOn, recordedBy: scope.userId, recordedAt: scope.now };
    const [before] = await tx
      .select({ followUpOn: conversationOutcomes.followUpOn })
      .from(conversationOutcomes)
      .where(ofOrg(conversationOutcomes, orgId, { bookingId }));
    await tx
      .insert(conversationOutcomes)
      .values(outcome)
      .onConflictDoUpdate({ target: [conversationOutcomes.orgId, conversationOutcomes.bookingId], set: outcome });
    await tx.delete(conversationAgreements).where(ofOrg(conversationAgreements, orgId, { bookingId }));
    await tx
      .insert(conversationAgreements)
      .values(input.agreements.map((a, position) => ({ orgId, bookingId, position, ...a })));
    // A job for an earlier date finds the date changed and does nothing.
    if (input.followUpOn !== null && input.followUpOn !== before?.followUpOn)
      await queueFollowUp(tx, scope.jobs, { orgId, bookingId, followUpOn: input.followUpOn });
  });
}

/** A parent's remark on the agreements; refused while there are none yet. */
export function saveRemark(
  scope: ViewerScope & { bookingId: string; remark: string; now: Date },
): Promise<Outcome<object, Refused<"noAgreements">>> {
  return inOrg(scope, async (tx) => {
    const conversation = await parentConversation(tx, scope, scope.bookingId);
    if (!(await outcomeOf(tx, scope.orgId, conversation.bookingId)))
      return refuse("noAgreements", "conversations.agree.refusal.noAgreements", "invalid");
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
export function requireSide(scope: ViewerScope & { bookingId: string }, side: "teacher" | "parent"): Promise<void> {
  return inOrg(scope, async (tx) => {
    if (side === "teacher") await teacherConversation(tx, scope, scope.bookingId);
    else await parentConversation(tx, scope, scope.bookingId);
  });
}
