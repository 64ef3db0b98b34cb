/**
 * Mails about a conversation on request, each in the recipient's language. Asking and
 * proposing tell the other side; scheduling and cancelling tell all guardians of the child
 * and the teacher, with a calendar invitation (the request's id is the event's UID).
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationRequests, users } from "../../../db/schema/index.js";
import { notify } from "../../../mail/notify.js";
import { isLocale, type Locale, type MessageKey, type Translate } from "../../../web/i18n/index.js";
import type { Side } from "../domain/requests.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { ChildInfo } from "./request-access.js";
import { invitation } from "./ics.js";
import { guardiansOfChildren } from "../../pupils/index.js";
import type { Messenger } from "./notices.js";

export type RequestNoticeKind = "asked" | "proposed" | "scheduled" | "cancelled";

type Request = typeof conversationRequests.$inferSelect;

interface Recipient {
  email: string;
  locale: Locale;
  side: Side;
}

export interface RequestNotice {
  kind: RequestNoticeKind;
  request: Request;
  childName: string;
  teacherName: string;
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
  const parents = (await guardiansOfChildren(tx, request.orgId, [child.pupilId])).flatMap((p) =>
    p.email ? [{ email: p.email, locale: localeOf(p.locale), side: "parent" as const }] : [],
  );
  const teacherSide = teacher
    ? [{ email: teacher.email, locale: localeOf(teacher.locale), side: "teacher" as const }]
    : [];
  const everyone = [...parents, ...teacherSide];
  // Asking tells the other side; proposing tells the asker; the rest tells everyone.
  const to =
    kind === "asked"
      ? everyone.filter((r) => r.side !== request.askedBy)
      : kind === "proposed"
        ? everyone.filter((r) => r.side === request.askedBy)
        : everyone;
  return { kind, request, childName: child.name, teacherName: teacher?.name ?? "", recipients: to };
}

const localeOf = (value: string | null): Locale => (isLocale(value) ? value : "nl");

/** Records the mails of this step in its transaction. */
export function notifyRequest(tx: Tx, messenger: Messenger, notice: RequestNotice): Promise<void> {
  return notify(tx, messenger.jobs, notice.recipients, (recipient, t) =>
    requestMail(messenger.publicUrl, notice, recipient, t),
  );
}

function requestMail(publicUrl: string, notice: RequestNotice, recipient: Recipient, t: Translate) {
  const { request } = notice;
  const url = `${publicUrl}/conversations/requests/${request.id}`;
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
        }),
      ]
    : [];
  const body: MessageKey =
    notice.kind === "cancelled" && !time
      ? "conversations.requests.mail.cancelledNoTime"
      : `conversations.requests.mail.${notice.kind}`;
  return {
    subject: t(`conversations.requests.mail.${notice.kind}Subject`, params),
    text: t(body, params),
    attachments,
  };
}
