/**
 * Mails about a conversation on request, each in the recipient's language. Asking and
 * proposing tell the other side; scheduling and cancelling tell all guardians of the child
 * and the teacher, with a calendar invitation (the request's id is the event's UID).
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationRequests, users } from "../../../db/schema/index.js";
import { notify } from "../../../mail/notify.js";
import { conversationRequest } from "../notifications.js";
import { localeOf, type Locale, type MessageKey, type Translate } from "../../../web/i18n/index.js";
import type { Side } from "../domain/requests.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { ChildInfo } from "./request-access.js";
import { invitation } from "./ics.js";
import type { Messenger } from "./notices.js";
import { letter } from "../../../mail/letter.js";
import { venuesOf, type Venue } from "./venues.js";

export type RequestNoticeKind = "asked" | "proposed" | "scheduled" | "cancelled";

type Request = typeof conversationRequests.$inferSelect;

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
  side: Side;
}

export interface RequestNotice {
  kind: RequestNoticeKind;
  request: Request;
  childName: string;
  teacherName: string;
  venue: Venue;
  recipients: Recipient[];
}

/** Who gets the mail for this step, read in the step's transaction. */
export async function loadRequestNotice(
  tx: Tx,
  kind: RequestNoticeKind,
  request: Request,
  child: ChildInfo,
): Promise<RequestNotice> {
  const [teacher] = await tx.select().from(users).where(eq(users.id, request.teacherId));
  const parents = child.guardians.flatMap((p) =>
    p.email ? [{ email: p.email, name: p.name, locale: localeOf(p.locale), side: "parent" as const }] : [],
  );
  const teacherSide = teacher
    ? [{ email: teacher.email, name: teacher.name, locale: localeOf(teacher.locale), side: "teacher" as const }]
    : [];
  const everyone = [...parents, ...teacherSide];
  // Asking tells the other side; proposing tells the asker; the rest tells everyone.
  const to =
    kind === "asked"
      ? everyone.filter((r) => r.side !== request.askedBy)
      : kind === "proposed"
        ? everyone.filter((r) => r.side === request.askedBy)
        : everyone;
  const venue = (await venuesOf(tx, request.orgId, [child.pupilId])).get(child.pupilId) ?? { school: "", location: "" };
  return { kind, request, childName: child.name, teacherName: teacher?.name ?? "", venue, recipients: to };
}

/** Records the mails of this step in its transaction. */
export function notifyRequest(tx: Tx, messenger: Messenger, notice: RequestNotice): Promise<void> {
  return notify(tx, messenger.jobs, conversationRequest, notice.recipients, (recipient, t) =>
    requestMail(messenger, notice, recipient, t),
  );
}

function requestMail(messenger: Messenger, notice: RequestNotice, recipient: Recipient, t: Translate) {
  const { request } = notice;
  const url = `${messenger.publicUrl}/conversations/requests/${request.id}`;
  const time = request.startsAt && request.endsAt ? formatSlot(recipient.locale, request.startsAt, request.endsAt) : "";
  const params = {
    name: notice.childName,
    teacher: notice.teacherName,
    topic: t(`conversations.topic.${request.topic}`),
    time,
    url,
  };
  const withTime = (notice.kind === "scheduled" || notice.kind === "cancelled") && request.startsAt && request.endsAt;
  const title = t("conversations.ics.title", params);
  const attachments = withTime
    ? [
        invitation(notice.kind === "cancelled" ? "cancelled" : "booked", {
          bookingId: request.id,
          sequence: request.sequence,
          title,
          startsAt: request.startsAt!,
          endsAt: request.endsAt!,
          url,
          venue: notice.venue,
          noReplyAddress: messenger.noReplyAddress,
          attendee: recipient,
        }),
      ]
    : [];
  const body: MessageKey =
    notice.kind === "cancelled" && !time
      ? "conversations.requests.mail.cancelledNoTime"
      : `conversations.requests.mail.${notice.kind}`;
  return {
    subject: t(`conversations.requests.mail.${notice.kind}Subject`, params),
    text: letter(t, { name: recipient.name, from: notice.venue.school }, t(body, params)),
    attachments,
  };
}
