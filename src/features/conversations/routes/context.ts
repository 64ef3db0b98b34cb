/** What conversation handlers share beyond the shared route context: their guards, the teacher's access, the messenger. */
import type { Context } from "hono";
import type { ViewerScope } from "../../../db/org-scope.js";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderConfirmPage, type Confirmation } from "../../../web/confirm-page.js";
import { scopeOf } from "../../../web/route-context.js";
import { formatSlot } from "../../../lib/time/format.js";
import { canBook, canManageRounds, canSeeRounds, staffAccessOf } from "../policy.js";
import type { BookingScope } from "../service/booking.js";
import { messengerOf as messengerFor, type Messenger } from "../service/notices.js";
import type { StaffAccess } from "../service/rounds.js";
import { teacherLabel } from "../teacher-label.js";

export const staffOnly = allow(canSeeRounds);
export const managersOnly = allow(canManageRounds);
export const parentsOnly = allow(canBook);

export function staffScopeOf(c: Context<AppEnv>): ViewerScope & { access: StaffAccess } {
  return { ...scopeOf(c), access: staffAccessOf(viewerOf(c)) };
}

/** What sends the confirmations and reminders. */
export function messengerOf(c: Context<AppEnv>): Messenger {
  const { config, jobs } = c.var.deps;
  return messengerFor(config, jobs);
}

/** What a cancellation's confirmation names: the child, the time when there is one, the teacher for a parent. */
export interface CancelledConversation {
  pupilName: string;
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** Null for a teacher who deleted their account (teacherLabel). */
  teacherName?: string | null;
}

/** The question before a conversation is cancelled, by the parent, the teacher or on a request. */
export function confirmCancel(c: Context<AppEnv>, about: CancelledConversation, ask: Omit<Confirmation, "what">) {
  const { t, locale } = c.var;
  const { startsAt, endsAt, teacherName } = about;
  const what = [
    t("conversations.cancel.about", { name: about.pupilName }),
    ...(startsAt && endsAt ? [formatSlot(locale, startsAt, endsAt)] : []),
    ...(teacherName !== undefined ? [t("conversations.cancel.with", { name: teacherLabel(t, teacherName) })] : []),
  ];
  return renderConfirmPage(c, { ...ask, what });
}

/** A parent's scope for booking: the clock, and what sends the confirmations. */
export function bookingScopeOf(c: Context<AppEnv>, roundId: string): BookingScope {
  return { ...scopeOf(c), roundId, now: new Date(), messenger: messengerOf(c) };
}
