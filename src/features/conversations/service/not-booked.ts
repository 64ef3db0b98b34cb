/**
 * First come: who has not booked yet, and a reminder to their guardians with one click. A
 * teacher reaches the families of their own groups, a manager those of every group.
 */
import { desc, gt } from "drizzle-orm";
import { recordAudit } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { auditLog, conversationBookings, conversationRounds } from "../../../db/schema/index.js";
import { notify } from "../../../mail/notify.js";
import { conversationInvitation } from "../notifications.js";
import { localeOf } from "../../../web/i18n/index.js";
import { bookingWindow } from "../domain/rules.js";
import { formatMoment } from "../../../lib/time/format.js";
import { guardiansOfChildren, pupilsOfGroups, schoolNameOf } from "../../pupils/index.js";
import type { Messenger } from "./notices.js";
import { roundGroupsFor } from "./round-groups.js";
import { staffRound, type StaffAccess } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { letter } from "../../../mail/letter.js";

export interface PupilRow {
  pupilId: string;
  name: string;
  groupName: string;
}

/** The pupils of these groups without any booking in the round, by group and name. */
export async function notBookedOf(tx: Tx, round: Round, groupIds: string[]): Promise<PupilRow[]> {
  if (groupIds.length === 0) return [];
  const pupils = await pupilsOfGroups(tx, round.orgId, groupIds);
  const booked = await tx
    .select({ pupilId: conversationBookings.pupilId })
    .from(conversationBookings)
    .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id }));
  const bookedIds = new Set(booked.map((b) => b.pupilId));
  return pupils
    .filter((p) => !bookedIds.has(p.pupilId))
    .map((p) => ({ pupilId: p.pupilId, name: p.name, groupName: p.groupName ?? "" }));
}

/** A reminder a second time within this many hours would only be the same mail again. */
export const REMIND_AGAIN_AFTER_HOURS = 12;

export type ReminderResult =
  | { sent: number }
  | { refused: "closed" }
  /** This person reminded these families less than REMIND_AGAIN_AFTER_HOURS ago, at `at`. */
  | { refused: "tooSoon"; at: Date };

/**
 * Mails the guardians of every child not booked yet, while booking is open, at most once per
 * REMIND_AGAIN_AFTER_HOURS per staff member (a second press of the button would send every
 * mail again); each reminder is in the audit log, which is also where the last one is found.
 */
export async function remindNotBooked(
  scope: ViewerScope & { access: StaffAccess; roundId: string; now: Date; messenger: Messenger },
): Promise<ReminderResult> {
  const found = await inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    if (round.mode !== "first_come" || bookingWindow(round, scope.now) !== "open")
      return { refused: "closed" as const };
    const last = await lastReminder(tx, round, scope.userId, scope.now);
    if (last) return { refused: "tooSoon" as const, at: last };
    const { visible } = await roundGroupsFor(tx, scope, round);
    const children = await notBookedOf(tx, round, visible);
    const guardians = await guardiansOfChildren(
      tx,
      round.orgId,
      children.map((c) => c.pupilId),
    );
    const recipients = guardians.flatMap((g) =>
      g.email ? [{ ...g, email: g.email, locale: localeOf(g.locale) }] : [],
    );
    await recordAudit(tx, {
      orgId: round.orgId,
      userId: scope.userId,
      action: "remind",
      entity: "conversation_round",
      entityId: round.id,
      detail: String(recipients.length),
    });
    const nameOf = new Map(children.map((c) => [c.pupilId, c.name]));
    const url = `${scope.messenger.publicUrl}/conversations/rounds/${round.id}/book`;
    const school = await schoolNameOf(tx, round.orgId);
    await notify(tx, scope.messenger.jobs, conversationInvitation, recipients, (recipient, t) => {
      const name = nameOf.get(recipient.pupilId) ?? "";
      const params = { name, round: round.name, url, date: formatMoment(recipient.locale, round.closesAt) };
      return {
        subject: t("conversations.remind.subject", params),
        text: letter(t, { name: recipient.name, from: school }, t("conversations.remind.body", params)),
      };
    });
    return { sent: recipients.length };
  });
  return found;
}

/**
 * When this person last reminded for this round, if within REMIND_AGAIN_AFTER_HOURS. The
 * round's row is locked first (without blocking bookings, which only share its key), so
 * two presses at the same moment send one reminder.
 */
async function lastReminder(tx: Tx, round: Round, userId: string, now: Date): Promise<Date | null> {
  await tx
    .select({ id: conversationRounds.id })
    .from(conversationRounds)
    .where(ofOrg(conversationRounds, round.orgId, { id: round.id }))
    .for("no key update");
  const since = new Date(now.getTime() - REMIND_AGAIN_AFTER_HOURS * 3_600_000);
  const [last] = await tx
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      ofOrg(
        auditLog,
        round.orgId,
        { entity: "conversation_round", entityId: round.id, action: "remind", userId },
        gt(auditLog.at, since),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(1);
  return last?.at ?? null;
}
